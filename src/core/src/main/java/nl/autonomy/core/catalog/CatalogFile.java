package nl.autonomy.core.catalog;

import java.util.List;

/**
 * One catalog file as written. Every key is optional, so a user file may hold only the entries it
 * adds or overrides; the shipped files each hold one kind.
 */
record CatalogFile(
    List<VendorEntry> vendors, List<ServiceEntry> services, List<LicenseEntry> licenses,
    List<LicenseHistoryEntry> licenseHistory, List<NamespaceLicense> namespaceLicenses) {

  CatalogFile {
    vendors = CatalogLists.copy(vendors);
    services = CatalogLists.copy(services);
    licenses = CatalogLists.copy(licenses);
    licenseHistory = CatalogLists.copy(licenseHistory);
    namespaceLicenses = CatalogLists.copy(namespaceLicenses);
  }

  Catalog toCatalog() {
    return new Catalog(vendors, services, licenses, licenseHistory, namespaceLicenses);
  }
}

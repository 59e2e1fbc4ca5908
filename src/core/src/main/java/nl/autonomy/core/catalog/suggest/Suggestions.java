package nl.autonomy.core.catalog.suggest;

import java.util.List;

/**
 * Catalog entries a reviewer could add, with the evidence behind each (see {@link CatalogSuggester}).
 *
 * @param vendors vendors only derived from namespaces or package metadata, by id
 * @param licenses license ids the catalog has no entry (so no category) for, by id
 * @param unresolvedLicenses declared licenses (names, URLs) that resolved to no SPDX id, by text
 * @param services hosts no catalog service claims, grouped by registered domain
 * @param reports the reports read: each label with the source it scanned, its commit and time
 */
public record Suggestions(List<Vendor> vendors, List<License> licenses, List<License> unresolvedLicenses,
    List<Service> services, List<String> reports) {

  public Suggestions {
    vendors = List.copyOf(vendors);
    licenses = List.copyOf(licenses);
    unresolvedLicenses = List.copyOf(unresolvedLicenses);
    services = List.copyOf(services);
    reports = List.copyOf(reports);
  }

  public boolean isEmpty() {
    return vendors.isEmpty() && licenses.isEmpty() && unresolvedLicenses.isEmpty() && services.isEmpty();
  }

  /** Where a suggestion comes from: how many sightings, in which reports, a few examples. */
  public record Evidence(int count, List<String> reports, List<String> examples) {
    public Evidence {
      reports = List.copyOf(reports);
      examples = List.copyOf(examples);
    }
  }

  /**
   * @param id the vendor id in the catalog's syntax
   * @param name the name the package metadata gives, or null when the id was derived from a namespace
   * @param url the web site the package metadata gives, or null
   * @param bases how the scans established it: {@code namespace}, {@code metadata}, {@code registry}
   * @param namespaces purl patterns of its packages seen
   * @param evidence the components (purls, where first seen)
   */
  public record Vendor(String id, String name, String url, List<String> bases, List<String> namespaces,
      Evidence evidence) {
    public Vendor {
      bases = List.copyOf(bases);
      namespaces = List.copyOf(namespaces);
    }
  }

  /** @param text a license id, or a declared license's id, name and URL as written */
  public record License(String text, Evidence evidence) {
  }

  /**
   * @param id a service id made from the domain ({@code mollie-com})
   * @param domain the registered domain the hosts share
   * @param hosts the hosts seen
   * @param kinds how they were written ({@code url}, {@code jdbc}...)
   * @param endpoints the endpoints without paths ({@code https://api.mollie.com})
   * @param catalogVendor the catalog vendor whose web site is at the domain, or null: a hint only
   * @param suggestedVendor a vendor suggested here whose id is the domain, or null: a hint only
   * @param evidence the places (report: file:line)
   */
  public record Service(String id, String domain, List<String> hosts, List<String> kinds, List<String> endpoints,
      String catalogVendor, String suggestedVendor, Evidence evidence) {
    public Service {
      hosts = List.copyOf(hosts);
      kinds = List.copyOf(kinds);
      endpoints = List.copyOf(endpoints);
    }
  }
}

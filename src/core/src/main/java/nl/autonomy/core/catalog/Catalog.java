package nl.autonomy.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The vendor, service and license catalogs, loaded and validated. Immutable; lists are sorted by id.
 *
 * @param vendors who controls what
 * @param services cloud and SaaS services with their signals and ways out
 * @param licenses license ids with their category
 * @param licenseHistory license changes by version range
 * @param namespaceLicenses well-known licenses of packages that declare none
 */
public record Catalog(
    List<VendorEntry> vendors, List<ServiceEntry> services, List<LicenseEntry> licenses,
    List<LicenseHistoryEntry> licenseHistory, List<NamespaceLicense> namespaceLicenses) {

  public Catalog {
    vendors = sorted(vendors, VendorEntry::id);
    services = sorted(services, ServiceEntry::id);
    licenses = sorted(licenses, LicenseEntry::id);
    licenseHistory = sorted(licenseHistory, LicenseHistoryEntry::id);
    namespaceLicenses = sorted(namespaceLicenses, NamespaceLicense::id);
  }

  public static Catalog empty() {
    return new Catalog(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public Optional<VendorEntry> vendor(String id) {
    return vendors.stream().filter(v -> v.id().equals(id)).findFirst();
  }

  public Optional<ServiceEntry> service(String id) {
    return services.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Looks a license up by SPDX id, ignoring case as SPDX does. */
  public Optional<LicenseEntry> license(String id) {
    return licenses.stream().filter(l -> l.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The ultimate owner of a vendor: its parent's parent..., the vendor itself when independent. */
  public String ownerOf(String vendorId) {
    String current = vendorId;
    for (int depth = 0; depth < 16; depth++) {
      Optional<VendorEntry> v = vendor(current);
      if (v.isEmpty() || v.get().parent() == null || v.get().parent().equals(current)) {
        return current;
      }
      current = v.get().parent();
    }
    return current;
  }

  /** This catalog with {@code other}'s entries added; an entry with the same id replaces ours. */
  public Catalog overriddenBy(Catalog other) {
    return new Catalog(
        override(vendors, other.vendors, VendorEntry::id),
        override(services, other.services, ServiceEntry::id),
        override(licenses, other.licenses, LicenseEntry::id),
        override(licenseHistory, other.licenseHistory, LicenseHistoryEntry::id),
        override(namespaceLicenses, other.namespaceLicenses, NamespaceLicense::id));
  }

  private static <T> List<T> override(List<T> base, List<T> top, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    base.forEach(e -> byId.put(id.apply(e), e));
    top.forEach(e -> byId.put(id.apply(e), e));
    return new ArrayList<>(byId.values());
  }

  private static <T> List<T> sorted(List<T> list, Function<T, String> id) {
    return list == null ? List.of()
        : list.stream().sorted(java.util.Comparator.comparing(id, java.util.Comparator.nullsFirst(
            java.util.Comparator.naturalOrder()))).toList();
  }
}

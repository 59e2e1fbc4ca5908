package nl.autonomy.core.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks what the binder cannot: required fields, duplicate ids within a file, purl patterns,
 * version ranges, and that every vendor a service or vendor names exists in some loaded file.
 */
final class CatalogValidator {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Set<String> KINDS =
      Set.of("hyperscaler", "big-tech", "commercial", "foundation", "community", "government");

  private CatalogValidator() {
  }

  static List<CatalogProblem> validate(List<CatalogSource> sources) {
    List<CatalogProblem> problems = new ArrayList<>();
    Set<String> vendorIds = new HashSet<>();
    sources.forEach(s -> s.file().vendors().forEach(v -> vendorIds.add(v.id())));
    for (CatalogSource s : sources) {
      CatalogFile f = s.file();
      ids(s, "vendors", f.vendors(), VendorEntry::id, true, problems);
      ids(s, "services", f.services(), ServiceEntry::id, true, problems);
      ids(s, "licenses", f.licenses(), LicenseEntry::id, false, problems);
      ids(s, "license-history", f.licenseHistory(), LicenseHistoryEntry::id, true, problems);
      ids(s, "namespace-licenses", f.namespaceLicenses(), NamespaceLicense::id, true, problems);
      vendors(s, vendorIds, problems);
      services(s, vendorIds, problems);
      licenses(s, problems);
    }
    return problems.stream().sorted().toList();
  }

  private static <T> void ids(CatalogSource s, String key, List<T> entries, Function<T, String> id,
      boolean idSyntax, List<CatalogProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String value = id.apply(entries.get(i));
      String at = "/" + key + "/" + i;
      if (value == null || value.isBlank()) {
        problems.add(s.problem(at, key + " entry without an 'id'"));
      } else if (!seen.add(value.toLowerCase(java.util.Locale.ROOT))) {
        problems.add(s.problem(at + "/id", "duplicate id '" + value + "' in " + key));
      } else if (idSyntax && !ID.matcher(value).matches()) {
        problems.add(s.problem(at + "/id", "id '" + value + "' must be lower case: letters, digits, '.', '_', '-'"));
      }
    }
  }

  private static void vendors(CatalogSource s, Set<String> vendorIds, List<CatalogProblem> problems) {
    List<VendorEntry> vendors = s.file().vendors();
    for (int i = 0; i < vendors.size(); i++) {
      VendorEntry v = vendors.get(i);
      String at = "/vendors/" + i;
      required(s, at, "name", v.name(), problems);
      if (v.parent() != null && !vendorIds.contains(v.parent())) {
        problems.add(s.problem(at + "/parent", "vendor '" + v.id() + "' names unknown parent vendor '"
            + v.parent() + "'"));
      }
      if (v.kind() != null && !KINDS.contains(v.kind())) {
        problems.add(s.problem(at + "/kind", "unknown vendor kind '" + v.kind() + "', expected one of "
            + KINDS.stream().sorted().toList()));
      }
      patterns(s, at + "/namespaces", v.namespaces(), problems);
    }
  }

  private static void services(CatalogSource s, Set<String> vendorIds, List<CatalogProblem> problems) {
    List<ServiceEntry> services = s.file().services();
    for (int i = 0; i < services.size(); i++) {
      ServiceEntry e = services.get(i);
      String at = "/services/" + i;
      required(s, at, "name", e.name(), problems);
      required(s, at, "category", e.category(), problems);
      if (e.lockIn() == null) {
        problems.add(s.problem(at, "service '" + e.id() + "' needs 'lock-in'"));
      }
      if (e.vendor() == null) {
        problems.add(s.problem(at, "service '" + e.id() + "' needs 'vendor'"));
      } else if (!vendorIds.contains(e.vendor())) {
        problems.add(s.problem(at + "/vendor", "service '" + e.id() + "' names unknown vendor '"
            + e.vendor() + "'; add it to a vendors list or use a known vendor id"));
      }
      patterns(s, at + "/signals/packages", e.signals().packages(), problems);
    }
  }

  private static void licenses(CatalogSource s, List<CatalogProblem> problems) {
    List<LicenseEntry> licenses = s.file().licenses();
    for (int i = 0; i < licenses.size(); i++) {
      if (licenses.get(i).category() == null) {
        problems.add(s.problem("/licenses/" + i, "license '" + licenses.get(i).id() + "' needs 'category'"));
      }
    }
    List<LicenseHistoryEntry> history = s.file().licenseHistory();
    for (int i = 0; i < history.size(); i++) {
      LicenseHistoryEntry h = history.get(i);
      String at = "/license-history/" + i;
      required(s, at, "license", h.license(), problems);
      nonEmpty(s, at, "packages", h.packages(), problems);
      patterns(s, at + "/packages", h.packages(), problems);
      try {
        VersionRange.parse(h.versions());
      } catch (IllegalArgumentException e) {
        problems.add(s.problem(at + "/versions", e.getMessage()));
      }
    }
    List<NamespaceLicense> byNamespace = s.file().namespaceLicenses();
    for (int i = 0; i < byNamespace.size(); i++) {
      String at = "/namespace-licenses/" + i;
      required(s, at, "license", byNamespace.get(i).license(), problems);
      nonEmpty(s, at, "packages", byNamespace.get(i).packages(), problems);
      patterns(s, at + "/packages", byNamespace.get(i).packages(), problems);
    }
  }

  private static void patterns(CatalogSource s, String at, List<String> patterns, List<CatalogProblem> problems) {
    for (int j = 0; j < patterns.size(); j++) {
      int index = j;
      PurlPattern.problem(patterns.get(j)).ifPresent(p -> problems.add(s.problem(at + "/" + index, p)));
    }
  }

  private static void required(CatalogSource s, String at, String key, String value, List<CatalogProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(s.problem(at, "entry needs '" + key + "'"));
    }
  }

  private static void nonEmpty(CatalogSource s, String at, String key, List<String> value,
      List<CatalogProblem> problems) {
    if (value.isEmpty()) {
      problems.add(s.problem(at, "entry needs at least one of '" + key + "'"));
    }
  }
}

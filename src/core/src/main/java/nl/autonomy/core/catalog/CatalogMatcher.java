package nl.autonomy.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers "which catalog entries name this package?" for purl package keys. Patterns are compiled
 * once and grouped by purl type, so classifying thousands of components stays cheap. When several
 * vendor patterns match, the most specific (most literal characters) wins: {@code
 * pkg:maven/com.google.cloud.tools/*} beats {@code pkg:maven/com.google.*}.
 */
public final class CatalogMatcher {

  private record Rule<T>(PurlPattern pattern, T entry) {
  }

  private final Catalog catalog;
  private final Map<String, List<Rule<VendorEntry>>> vendors;
  private final Map<String, List<Rule<ServiceEntry>>> services;
  private final Map<String, List<Rule<LicenseHistoryEntry>>> history;
  private final Map<String, List<Rule<NamespaceLicense>>> namespaceLicenses;

  public CatalogMatcher(Catalog catalog) {
    this.catalog = catalog;
    this.vendors = index(catalog.vendors(), VendorEntry::namespaces);
    this.services = index(catalog.services(), s -> s.signals().packages());
    this.history = index(catalog.licenseHistory(), LicenseHistoryEntry::packages);
    this.namespaceLicenses = index(catalog.namespaceLicenses(), NamespaceLicense::packages);
  }

  public Catalog catalog() {
    return catalog;
  }

  /** The vendor whose namespaces match most specifically. */
  public Optional<VendorEntry> vendorOf(String packageKey) {
    return best(vendors, packageKey);
  }

  /** Every service that names this package as a client library, sorted by id. */
  public List<ServiceEntry> servicesOf(String packageKey) {
    Prepared key = Prepared.of(packageKey);
    return key.rules(services).stream()
        .filter(r -> r.pattern().matchesPrepared(key.text()))
        .map(Rule::entry).distinct()
        .sorted(Comparator.comparing(ServiceEntry::id)).toList();
  }

  /** The license-history fact for this package at this version, the most specific if several. */
  public Optional<LicenseHistoryEntry> historyOf(String packageKey, String version) {
    Prepared key = Prepared.of(packageKey);
    return key.rules(history).stream()
        .filter(r -> r.pattern().matchesPrepared(key.text()))
        .filter(r -> VersionRange.parse(r.entry().versions()).contains(version))
        .max(Comparator.comparingInt(r -> r.pattern().specificity()))
        .map(Rule::entry);
  }

  /** The well-known license of a package that declares none. */
  public Optional<NamespaceLicense> namespaceLicenseOf(String packageKey) {
    return best(namespaceLicenses, packageKey);
  }

  private static <T> Optional<T> best(Map<String, List<Rule<T>>> index, String packageKey) {
    Prepared key = Prepared.of(packageKey);
    // a plain loop: this runs for every component against every pattern of its type
    Rule<T> best = null;
    for (Rule<T> r : key.rules(index)) {
      if ((best == null || r.pattern().specificity() > best.pattern().specificity())
          && r.pattern().matchesPrepared(key.text())) {
        best = r;
      }
    }
    return Optional.ofNullable(best).map(Rule::entry);
  }

  /**
   * A package key lower-cased (and normalised for its type) once, with its purl type: patterns are
   * grouped by type, so every pattern of the group has the key's type.
   */
  private record Prepared(String type, String text) {

    static Prepared of(String packageKey) {
      String k = packageKey.toLowerCase(Locale.ROOT);
      int colon = k.indexOf(':');
      int slash = k.indexOf('/');
      if (!k.startsWith("pkg:") || slash < 0 || colon < 0 || colon + 1 > slash) {
        return new Prepared(null, k);
      }
      String type = k.substring(colon + 1, slash);
      return new Prepared(type, PurlPattern.prepare(type, k));
    }

    <T> List<Rule<T>> rules(Map<String, List<Rule<T>>> index) {
      return type == null ? List.of() : index.getOrDefault(type, List.of());
    }
  }

  private static <T> Map<String, List<Rule<T>>> index(List<T> entries, Function<T, List<String>> patterns) {
    Map<String, List<Rule<T>>> byType = new HashMap<>();
    for (T entry : entries) {
      for (String text : patterns.apply(entry)) {
        PurlPattern p = PurlPattern.compile(text);
        byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(new Rule<>(p, entry));
      }
    }
    return byType;
  }
}

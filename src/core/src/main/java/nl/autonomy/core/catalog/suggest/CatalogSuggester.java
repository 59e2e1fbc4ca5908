package nl.autonomy.core.catalog.suggest;

import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogMatcher;
import nl.autonomy.core.catalog.PackageKey;
import nl.autonomy.core.catalog.PurlPattern;
import nl.autonomy.core.catalog.ServiceEntry;
import nl.autonomy.core.catalog.VendorEntry;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.UnrecognisedEndpoint;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.text.Glob;

/**
 * What scans saw that a catalog does not know yet, gathered over many reports: vendors derived from
 * namespaces or package metadata (no catalog entry), license ids the catalog has no category for,
 * declared licenses that resolved to no SPDX id, and hosts no service claims. Everything the
 * catalog now knows (the shipped one plus the given files) is dropped, so a suggestion made
 * after the catalog grew suggests only what is still missing. Facts are never guessed: what the
 * reports do not say (a vendor's country, a service's lock-in) stays for a reviewer.
 */
public final class CatalogSuggester {

  private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9._-]+");
  private static final Pattern EXPRESSION_WORDS = Pattern.compile("\\s+|\\(|\\)");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH");

  /** The vendor bases suggested unless asked otherwise: a registry's author is mostly a person. */
  public static final Set<VendorBasis> DEFAULT_BASES = Set.of(VendorBasis.NAMESPACE, VendorBasis.METADATA);

  private final Catalog catalog;
  private final Set<VendorBasis> bases;
  private final CatalogMatcher matcher;
  private final List<Glob> serviceHosts;

  public CatalogSuggester(Catalog catalog) {
    this(catalog, DEFAULT_BASES);
  }

  /**
   * @param catalog what is known: nothing it knows is suggested
   * @param bases which derived vendors to suggest: {@code namespace}, {@code metadata}, {@code registry}
   */
  public CatalogSuggester(Catalog catalog, Set<VendorBasis> bases) {
    this.catalog = catalog;
    this.bases = Set.copyOf(bases);
    this.matcher = new CatalogMatcher(catalog);
    this.serviceHosts = catalog.services().stream().map(ServiceEntry::signals)
        .flatMap(s -> s.endpoints().stream()).filter(e -> !e.endsWith("=")).distinct().map(Glob::of).toList();
  }

  /** One scan's result and the name it is cited by in the evidence (its report's path). */
  public record Scanned(String label, ScanResult result) {
  }

  /** The suggestions from these scans, sorted, the same for the same reports and catalog. */
  public Suggestions suggest(List<Scanned> scans) {
    Map<String, Gathered.Vendor> vendors = new TreeMap<>();
    Map<String, Gathered.License> licenses = new TreeMap<>();
    Map<String, Gathered.License> unresolved = new TreeMap<>();
    Map<String, Gathered.Domain> domains = new TreeMap<>();
    for (Scanned scan : scans) {
      for (Component c : scan.result().inventory().components()) {
        vendor(scan.label(), c).ifPresent(v -> vendors.computeIfAbsent(v.id, k -> v.fresh()).add(scan.label(), c, v));
        licenses(scan.label(), c, licenses, unresolved);
      }
      if (scan.result().unrecognisedEndpoints() != null) {
        for (UnrecognisedEndpoint e : scan.result().unrecognisedEndpoints().endpoints()) {
          if (serviceHosts.stream().noneMatch(g -> g.matches(e.host()))) {
            domains.computeIfAbsent(registrableDomain(e.host()), Gathered.Domain::new).add(scan.label(), e);
          }
        }
      }
    }
    return new Suggestions(
        vendors.values().stream().map(Gathered.Vendor::toSuggestion).toList(),
        licenses.values().stream().map(Gathered.License::toSuggestion).toList(),
        unresolved.values().stream().map(Gathered.License::toSuggestion).toList(),
        domains.values().stream().map(d -> d.toSuggestion(vendorAt(d.domain), vendors.keySet())).toList(),
        scans.stream().map(CatalogSuggester::described).toList());
  }

  /** A report as the header cites it: its label and what was scanned, at which commit. */
  private static String described(Scanned scan) {
    nl.autonomy.core.model.Provenance p = scan.result().inventory().provenance();
    return scan.label() + ": scan of " + p.source() + (p.gitCommit() == null ? "" : " at commit " + p.gitCommit())
        + " (" + p.timestamp() + ")";
  }

  /** A vendor only derived (no catalog entry) whose namespace the catalog still does not cover. */
  private Optional<Gathered.Vendor> vendor(String label, Component c) {
    VendorRef v = c.vendor();
    if (v == null || c.purl() == null || !bases.contains(v.basis()) || v.basis() == VendorBasis.CATALOG
        || v.basis() == VendorBasis.UNKNOWN || catalog.vendor(v.id()).isPresent()) {
      return Optional.empty();
    }
    Optional<PackageURL> purl = PackageKey.parse(c.purl());
    if (purl.isEmpty() || matcher.vendorOf(PackageKey.of(purl.get())).isPresent()) {
      return Optional.empty();
    }
    String pattern = namespacePattern(purl.get());
    if (PurlPattern.problem(pattern).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Gathered.Vendor(catalogId(v.id()), v, pattern));
  }

  private void licenses(String label, Component c, Map<String, Gathered.License> unknownIds,
      Map<String, Gathered.License> unresolved) {
    if (c.license() == null || c.license().category() != LicenseCategory.UNKNOWN) {
      return;
    }
    String expression = c.license().expression();
    if (expression != null) {
      for (String word : EXPRESSION_WORDS.split(expression)) {
        if (!word.isBlank() && !OPERATORS.contains(word.toUpperCase(Locale.ROOT)) && !word.endsWith("-exception")
            && catalog.license(word.replaceFirst("\\+$", "")).isEmpty()) {
          unknownIds.computeIfAbsent(word, Gathered.License::new).add(label, c);
        }
      }
      return;
    }
    for (DeclaredLicense d : c.declaredLicenses()) {
      String text = declaredText(d);
      if (!text.isEmpty()) {
        unresolved.computeIfAbsent(text, Gathered.License::new).add(label, c);
      }
    }
  }

  private static String declaredText(DeclaredLicense d) {
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {d.spdxExpression(), d.name(), d.url()}) {
      if (s != null && !s.isBlank()) {
        parts.add(s.strip().replaceAll("\\s+", " "));
      }
    }
    return String.join(" | ", parts);
  }

  /**
   * The catalog vendor whose web site is at this domain: a hint for a reviewer, never filled in. A
   * site that is a page on another's domain ({@code https://github.com/DefinitelyTyped}) says nothing
   * about who runs the domain.
   */
  private Optional<String> vendorAt(String domain) {
    return catalog.vendors().stream().filter(v -> v.url() != null && isSiteRoot(v.url()))
        .filter(v -> domain.equals(registrableDomain(hostOfUrl(v.url())))).map(VendorEntry::id).findFirst();
  }

  private static boolean isSiteRoot(String url) {
    String rest = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    int slash = rest.indexOf('/');
    return slash < 0 || rest.substring(slash).equals("/");
  }

  /**
   * The namespace a vendor entry would claim: the group of a package with one ({@code
   * pkg:maven/org.example/*}, {@code pkg:npm/@scope/*}, {@code pkg:golang/github.com/owner/*}), else
   * the package itself ({@code pkg:npm/left-pad}).
   */
  static String namespacePattern(PackageURL p) {
    String ns = p.getNamespace();
    return "pkg:" + p.getType() + "/" + (ns == null || ns.isEmpty() ? p.getName() : ns + "/*");
  }

  /** A vendor id in the catalog's syntax: {@code github.com/ben-manes} becomes {@code github.com-ben-manes}. */
  static String catalogId(String id) {
    String s = NOT_ID.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("-");
    s = s.replaceAll("^[._-]+|[._-]+$", "");
    return s.isEmpty() ? "unnamed" : s;
  }

  /**
   * The domain someone registered, by the common rule: the last two labels, three under a
   * second-level registry of a country ({@code example.co.uk}, {@code example.com.au}). Only groups
   * hosts into one suggestion; the hosts themselves are listed as they were seen.
   */
  static String registrableDomain(String host) {
    String[] labels = host.split("\\.");
    if (labels.length <= 2) {
      return host;
    }
    String second = labels[labels.length - 2];
    boolean countryRegistry = labels[labels.length - 1].length() == 2
        && Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "gv", "govt").contains(second);
    int keep = countryRegistry ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
  }

  private static String hostOfUrl(String url) {
    String s = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    int end = 0;
    while (end < s.length() && "/:?#".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** Where a component was seen first: its first evidence's file and line. */
  static String firstSeen(Component c) {
    return c.evidence().stream().findFirst().map(Evidence::location).map(Object::toString).orElse(null);
  }

  /** The reports and places behind one suggestion, bounded for a comment. */
  static final class Trail {
    static final int MAX_EXAMPLES = 5;
    final Set<String> reports = new TreeSet<>();
    final Set<String> examples = new TreeSet<>();
    int count;

    void add(String report, String example) {
      reports.add(report);
      examples.add(example);
      count++;
    }
  }
}

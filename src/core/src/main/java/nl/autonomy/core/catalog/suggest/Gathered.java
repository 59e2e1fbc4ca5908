package nl.autonomy.core.catalog.suggest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.UnrecognisedEndpoint;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;

/** The accumulators {@link CatalogSuggester} fills while it reads the reports (one thread). */
final class Gathered {

  private Gathered() {
  }

  private static Suggestions.Evidence evidence(CatalogSuggester.Trail t) {
    return new Suggestions.Evidence(t.count, List.copyOf(t.reports),
        t.examples.stream().limit(CatalogSuggester.Trail.MAX_EXAMPLES).toList());
  }

  private static String componentExample(Component c) {
    String seen = CatalogSuggester.firstSeen(c);
    return seen == null ? c.purl() : c.purl() + " (" + seen + ")";
  }

  static final class Vendor {
    final String id;
    private final VendorRef first;
    private final String pattern;
    private final Set<String> names = new TreeSet<>();
    private final Set<String> urls = new TreeSet<>();
    private final Set<String> bases = new TreeSet<>();
    private final Set<String> namespaces = new TreeSet<>();
    private final Set<String> purls = new TreeSet<>();
    private final CatalogSuggester.Trail trail = new CatalogSuggester.Trail();

    Vendor(String id, VendorRef first, String pattern) {
      this.id = id;
      this.first = first;
      this.pattern = pattern;
    }

    Vendor fresh() {
      return new Vendor(id, first, pattern);
    }

    void add(String report, Component c, Vendor sighting) {
      VendorRef v = c.vendor();
      bases.add(v.basis().id());
      // a name or site the metadata gives is a fact; a namespace-derived "name" is only the id again
      if (v.basis() != VendorBasis.NAMESPACE) {
        Optional.ofNullable(v.name()).filter(n -> !n.equals(v.id())).ifPresent(names::add);
        Optional.ofNullable(v.url()).ifPresent(urls::add);
      }
      namespaces.add(sighting.pattern);
      if (purls.add(report + " " + c.purl())) {
        trail.add(report, componentExample(c));
      }
    }

    Suggestions.Vendor toSuggestion() {
      return new Suggestions.Vendor(id, names.isEmpty() ? null : names.iterator().next(),
          urls.isEmpty() ? null : urls.iterator().next(), List.copyOf(bases), List.copyOf(namespaces),
          evidence(trail));
    }
  }

  static final class License {
    private final String text;
    private final Set<String> purls = new TreeSet<>();
    private final CatalogSuggester.Trail trail = new CatalogSuggester.Trail();

    License(String text) {
      this.text = text;
    }

    void add(String report, Component c) {
      if (purls.add(report + " " + c.ref())) {
        trail.add(report, c.purl() != null ? c.purl() : c.ref());
      }
    }

    Suggestions.License toSuggestion() {
      return new Suggestions.License(text, evidence(trail));
    }
  }

  static final class Domain {
    final String domain;
    private final Set<String> hosts = new TreeSet<>();
    private final Set<String> kinds = new TreeSet<>();
    private final Set<String> endpoints = new TreeSet<>();
    private final CatalogSuggester.Trail trail = new CatalogSuggester.Trail();

    Domain(String domain) {
      this.domain = domain;
    }

    void add(String report, UnrecognisedEndpoint e) {
      hosts.add(e.host());
      kinds.add(e.kind().id());
      endpoints.add(e.endpoint());
      trail.reports.add(report);
      trail.count += e.occurrences();
      for (Location l : e.locations()) {
        trail.examples.add(report + ": " + l + " (" + e.endpoint() + ")");
      }
    }

    Suggestions.Service toSuggestion(Optional<String> catalogVendor, Set<String> suggestedVendors) {
      String id = CatalogSuggester.catalogId(domain.replace('.', '-'));
      String own = CatalogSuggester.catalogId(domain);
      return new Suggestions.Service(id, domain, List.copyOf(hosts), List.copyOf(kinds), List.copyOf(endpoints),
          catalogVendor.orElse(null), suggestedVendors.contains(own) ? own : null, evidence(trail));
    }
  }
}

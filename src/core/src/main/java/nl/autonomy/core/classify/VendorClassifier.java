package nl.autonomy.core.classify;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogMatcher;
import nl.autonomy.core.catalog.PackageKey;
import nl.autonomy.core.catalog.VendorEntry;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.FactSources;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;

/**
 * Who controls a component: the catalog's namespaces first; else the organisation the component
 * names (matched to a catalog vendor by its web site where possible); else the owner of its
 * namespace; unknown only when nothing gives a clue.
 */
final class VendorClassifier {

  private final Catalog catalog;
  private final CatalogMatcher matcher;

  VendorClassifier(CatalogMatcher matcher) {
    this.matcher = matcher;
    this.catalog = matcher.catalog();
  }

  VendorRef classify(Component c) {
    Optional<VendorEntry> byNamespace = PackageKey.of(c.purl()).flatMap(matcher::vendorOf);
    if (byNamespace.isPresent()) {
      return ref(byNamespace.get(), VendorBasis.CATALOG);
    }
    Organization org = c.organization();
    if (org != null && !org.isEmpty()) {
      return byOrganization(org, c.properties().containsKey(FactSources.VENDOR) ? VendorBasis.REGISTRY : VendorBasis.METADATA);
    }
    return NamespaceVendors.derive(c)
        .map(id -> new VendorRef(id, id, id, null, java.util.List.of(), urlOf(id), VendorBasis.NAMESPACE))
        .orElse(VendorRef.unknown());
  }

  /** A catalog vendor as a reference, with its ultimate owner. */
  VendorRef ref(VendorEntry v, VendorBasis basis) {
    return new VendorRef(v.id(), v.name(), catalog.ownerOf(v.id()), v.country(), v.jurisdictions(), v.url(), basis);
  }

  private VendorRef byOrganization(Organization org, VendorBasis basis) {
    Optional<String> host = host(org.url());
    Optional<VendorEntry> known = host.flatMap(h -> catalog.vendors().stream()
        .filter(v -> host(v.url()).filter(h::equals).isPresent()).findFirst());
    if (known.isEmpty() && org.name() != null) {
      known = catalog.vendors().stream().filter(v -> org.name().equalsIgnoreCase(v.name())
          || org.name().equalsIgnoreCase(v.legalEntity())).findFirst();
    }
    if (known.isPresent()) {
      return ref(known.get(), basis);
    }
    String id = host.orElseGet(() -> slug(org.name()));
    String name = org.name() == null || org.name().isBlank() ? id : org.name();
    return new VendorRef(id, name, id, null, java.util.List.of(), org.url(), basis);
  }

  private static Optional<String> host(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      String h = URI.create(url.strip().contains("://") ? url.strip() : "https://" + url.strip()).getHost();
      return Optional.ofNullable(h).map(x -> x.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String slug(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static String urlOf(String derivedId) {
    return derivedId.startsWith("@") || !derivedId.contains(".") ? null : "https://" + derivedId;
  }
}

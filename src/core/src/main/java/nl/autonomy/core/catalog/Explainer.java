package nl.autonomy.core.catalog;

import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;

/**
 * The logic of {@code autonomy explain PURL|SERVICE-ID}: classifies a package URL on its own (its
 * declared licenses are not known from a purl, so only catalog license facts apply) or looks a
 * service up, and gathers the sources behind every fact.
 */
public final class Explainer {

  private final Catalog catalog;
  private final CatalogMatcher matcher;
  private final Function<Component, Component> classifier;

  /**
   * @param catalog the loaded catalog
   * @param classifier classifies one component (the classification stage's single-component method)
   */
  public Explainer(Catalog catalog, Function<Component, Component> classifier) {
    this.catalog = catalog;
    this.matcher = new CatalogMatcher(catalog);
    this.classifier = classifier;
  }

  /**
   * Explains a purl or a service id.
   *
   * @throws IllegalArgumentException when the subject is neither a valid purl nor a catalog service id
   */
  public Explanation explain(String subject) {
    String s = subject.strip();
    Optional<ServiceEntry> service = catalog.service(s);
    if (service.isPresent()) {
      return explainService(service.get());
    }
    if (s.startsWith("pkg:")) {
      return PackageKey.parse(s).map(p -> explainComponent(s, p))
          .orElseThrow(() -> new IllegalArgumentException("'" + s + "' is not a valid package URL"));
    }
    throw new IllegalArgumentException("'" + s + "' is neither a package URL (pkg:...) nor a catalog service id;"
        + " 'autonomy catalog list' shows the service ids");
  }

  private Explanation explainComponent(String subject, PackageURL p) {
    String namespace = p.getNamespace() == null ? null : p.getNamespace().replaceFirst("^@", "");
    Ecosystem ecosystem = Ecosystem.fromPurlType(p.getType()).orElse(Ecosystem.GENERIC);
    Component c = classifier.apply(Component.builder(p.canonicalize(), ecosystem, p.getName())
        .purl(p.canonicalize()).group(namespace).version(p.getVersion()).build());
    List<ServiceEntry> services = c.services().stream().map(catalog::service).flatMap(Optional::stream).toList();
    List<String> sources = new ArrayList<>(vendorSources(c.vendor()));
    sources.addAll(licenseSources(PackageKey.of(p), c));
    services.forEach(e -> sources.addAll(e.sources()));
    return new Explanation(subject, "component", c.vendor(), legalEntity(c.vendor()), ownerName(c.vendor()),
        c.license(), services, sources);
  }

  private Explanation explainService(ServiceEntry s) {
    VendorEntry v = catalog.vendor(s.vendor()).orElseThrow();
    VendorRef ref = new VendorRef(v.id(), v.name(), catalog.ownerOf(v.id()), v.country(), v.jurisdictions(), v.url(),
        VendorBasis.CATALOG);
    List<String> sources = new ArrayList<>(s.sources());
    sources.addAll(v.sources());
    return new Explanation(s.id(), "service", ref, v.legalEntity(), ownerName(ref), null, List.of(s), sources);
  }

  private List<String> vendorSources(VendorRef vendor) {
    if (vendor.basis() == VendorBasis.NAMESPACE || vendor.basis() == VendorBasis.UNKNOWN) {
      return List.of();
    }
    return catalog.vendor(vendor.id()).map(VendorEntry::sources).orElse(List.of());
  }

  private List<String> licenseSources(String key, Component c) {
    LicenseInfo l = c.license();
    List<String> out = new ArrayList<>();
    if ("history".equals(l.basis())) {
      matcher.historyOf(key, c.version()).ifPresent(h -> out.addAll(h.sources()));
    } else if ("catalog".equals(l.basis())) {
      matcher.namespaceLicenseOf(key).ifPresent(n -> out.addAll(n.sources()));
    }
    return out;
  }

  private String legalEntity(VendorRef vendor) {
    return vendor.basis() == VendorBasis.CATALOG || vendor.basis() == VendorBasis.METADATA
        || vendor.basis() == VendorBasis.REGISTRY
        ? catalog.vendor(vendor.id()).map(VendorEntry::legalEntity).orElse(null) : null;
  }

  private String ownerName(VendorRef vendor) {
    return catalog.vendor(vendor.owner()).map(VendorEntry::name).orElse(vendor.owner());
  }
}

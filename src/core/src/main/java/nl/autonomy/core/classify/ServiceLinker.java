package nl.autonomy.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.autonomy.core.catalog.CatalogMatcher;
import nl.autonomy.core.catalog.PackageKey;
import nl.autonomy.core.catalog.ServiceEntry;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceUse;

/**
 * Links client components to the catalog services they talk to and joins the detectors' sightings,
 * giving one {@link Service} per service id however many client libraries and sightings show it.
 * A POM-only artifact (a BOM import) brings no code, so it is not a use.
 */
final class ServiceLinker {

  static final String STAGE = "classify";

  private final CatalogMatcher matcher;

  ServiceLinker(CatalogMatcher matcher) {
    this.matcher = matcher;
  }

  /** The ids of the services {@code c} is a client library of, sorted. */
  List<String> servicesOf(Component c) {
    if (c.purl() == null || PackageKey.isPomOnly(c.purl()) || "pom".equals(c.properties().get("maven.type"))) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    PackageKey.of(c.purl()).ifPresent(key -> matcher.servicesOf(key).forEach(s -> ids.add(s.id())));
    if (c.ecosystem() == Ecosystem.TERRAFORM && c.group() != null) {
      String provider = (c.group() + "/" + c.name()).toLowerCase(Locale.ROOT);
      matcher.catalog().services().stream()
          .filter(s -> s.signals().terraform().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(provider)))
          .forEach(s -> ids.add(s.id()));
    }
    return ids.stream().distinct().sorted().toList();
  }

  /** One service per id from linked components and sightings; unknown service ids become problems. */
  Result link(List<Component> classified, List<ServiceUse> uses) {
    Map<String, Builder> byId = new TreeMap<>();
    for (Component c : classified) {
      for (String id : c.services()) {
        Builder b = builder(byId, id);
        if (b != null) {
          b.components.add(c.ref());
          b.evidence.addAll(c.evidence());
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (ServiceUse use : uses) {
      Builder b = builder(byId, use.serviceId());
      if (b == null) {
        problems.add(new Problem(Problem.Severity.WARNING, STAGE, use.evidence().location(),
            "sighting of service '" + use.serviceId() + "' that no catalog defines; add it with --catalog",
            use.serviceId()));
        continue;
      }
      b.evidence.add(use.evidence());
      if (use.endpoint() != null) {
        b.endpoints.add(use.endpoint());
      }
    }
    return new Result(byId.values().stream().map(b -> b.build(matcher.catalog())).toList(), problems);
  }

  record Result(List<Service> services, List<Problem> problems) {
  }

  private Builder builder(Map<String, Builder> byId, String id) {
    Builder existing = byId.get(id);
    if (existing != null) {
      return existing;
    }
    Optional<ServiceEntry> entry = matcher.catalog().service(id);
    if (entry.isEmpty()) {
      return null;
    }
    Builder b = new Builder(entry.get());
    byId.put(id, b);
    return b;
  }

  private static final class Builder {
    private final ServiceEntry entry;
    private final List<String> components = new ArrayList<>();
    private final List<String> endpoints = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    Builder(ServiceEntry entry) {
      this.entry = entry;
    }

    Service build(nl.autonomy.core.catalog.Catalog catalog) {
      // the provider as this scan's catalog names it: writers read it here, never a catalog of their own
      nl.autonomy.core.model.VendorRef provider = entry.vendor() == null ? null : catalog.vendor(entry.vendor())
          .map(v -> new nl.autonomy.core.model.VendorRef(v.id(), v.name(), catalog.ownerOf(v.id()), v.country(),
              v.jurisdictions(), v.url(), nl.autonomy.core.model.VendorBasis.CATALOG))
          .orElse(null);
      return new Service(entry.id(), entry.name(), entry.vendor(), entry.category(), entry.lockIn(), endpoints,
          components, evidence, entry.alternatives(), entry.standard(), null, provider);
    }
  }

}

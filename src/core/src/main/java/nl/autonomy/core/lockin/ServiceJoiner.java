package nl.autonomy.core.lockin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.ServiceEntry;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceUse;

/**
 * Makes sure every sighting is on its service: services the classification built get the
 * sightings they lack (joining is idempotent, evidence is a set), sightings of services it did not
 * build become services from their catalog entry.
 */
final class ServiceJoiner {

  private ServiceJoiner() {
  }

  static List<Service> join(List<Service> services, List<ServiceUse> uses, Catalog catalog) {
    Map<String, List<ServiceUse>> byService = new LinkedHashMap<>();
    for (ServiceUse use : uses) {
      byService.computeIfAbsent(use.serviceId(), k -> new ArrayList<>()).add(use);
    }
    List<Service> joined = new ArrayList<>();
    for (Service s : services) {
      joined.add(withUses(s, byService.remove(s.id())));
    }
    for (Map.Entry<String, List<ServiceUse>> e : byService.entrySet()) {
      catalog.service(e.getKey()).map(ServiceJoiner::fromCatalog)
          .ifPresent(s -> joined.add(withUses(s, e.getValue())));
    }
    return joined;
  }

  private static Service fromCatalog(ServiceEntry entry) {
    return new Service(entry.id(), entry.name(), entry.vendor(), entry.category(), entry.lockIn(), List.of(),
        List.of(), List.of(), entry.alternatives(), entry.standard());
  }

  private static Service withUses(Service service, List<ServiceUse> uses) {
    if (uses == null) {
      return service;
    }
    List<Evidence> evidence = new ArrayList<>(service.evidence());
    List<String> endpoints = new ArrayList<>(service.endpoints());
    for (ServiceUse use : uses) {
      evidence.add(use.evidence());
      if (use.endpoint() != null) {
        endpoints.add(use.endpoint());
      }
    }
    return service.withEvidence(evidence, endpoints.stream().filter(Objects::nonNull).toList());
  }
}

package nl.autonomy.core.exit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.ServiceEntry;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceDepth;
import nl.autonomy.core.model.ServiceUsage;
import nl.autonomy.core.policy.VendorLookup;

/**
 * The inventory as it would be after an exit, judged by the scan's own evaluation: the services
 * left are gone with their sightings, their client libraries and whatever only those pulled in;
 * in their place come the facts of the alternative as a scan would see them (an S3 client pointed
 * at another store is {@code amazon-s3} used as {@code open-protocol-elsewhere}), taken from the
 * catalog. There is no scoring here: the {@code judge} is the policy evaluation the scan ran.
 */
public final class WhatIf {

  /** The detector id of evidence the what-if moved from a service left to its alternative. */
  public static final String DETECTOR = "exit-plan:what-if";

  private final Catalog catalog;
  private final ExitCatalog exits;
  private final Function<Inventory, Assessment> judge;

  /**
   * @param judge the scan's policy evaluation (the same {@code Evaluation} and prepared policy)
   */
  public WhatIf(Catalog catalog, ExitCatalog exits, Function<Inventory, Assessment> judge) {
    this.catalog = catalog;
    this.exits = exits;
    this.judge = judge;
  }

  /** The judgement of an inventory, as the scan made it. */
  public Assessment judge(Inventory inventory) {
    return judge.apply(inventory);
  }

  /**
   * The inventory after leaving {@code exited}.
   *
   * @param assumptions filled with what was put in place and what could not be modelled, for people
   */
  public Inventory apply(Inventory inventory, Set<String> exited, List<String> assumptions) {
    List<Service> kept = inventory.services().stream().filter(s -> !exited.contains(s.id())).toList();
    Set<String> stillUsed = new HashSet<>();
    kept.forEach(s -> stillUsed.addAll(s.components()));
    Set<String> clients = new TreeSet<>();
    inventory.services().stream().filter(s -> exited.contains(s.id()))
        .forEach(s -> s.components().stream().filter(c -> !stillUsed.contains(c)).forEach(clients::add));
    Set<String> removed = unreachableWithout(inventory, clients);
    List<Component> components = inventory.components().stream().filter(c -> !removed.contains(c.ref()))
        .map(c -> c.services().stream().anyMatch(exited::contains)
            ? withServices(c, c.services().stream().filter(id -> !exited.contains(id)).toList()) : c)
        .toList();
    List<DependencyEdge> edges = inventory.edges().stream()
        .filter(e -> !removed.contains(e.from()) && !removed.contains(e.to())).toList();
    Map<String, Service> services = new LinkedHashMap<>();
    for (Service s : kept) {
      services.put(s.id(), s.components().stream().anyMatch(removed::contains) ? without(s, removed) : s);
    }
    for (Service left : inventory.services().stream().filter(s -> exited.contains(s.id())).toList()) {
      replacement(left, assumptions).ifPresent(r -> services.merge(r.id(), r, WhatIf::merge));
    }
    if (!removed.isEmpty()) {
      assumptions.add("removed with the client libraries: " + removed.size() + " components ("
          + String.join(", ", clients) + " and what only they pulled in)");
    }
    return new Inventory(inventory.project(), components, new ArrayList<>(services.values()),
        inventory.serviceUses().stream().filter(u -> !exited.contains(u.serviceId())).toList(), edges,
        inventory.problems(), inventory.provenance(), inventory.walk());
  }

  /**
   * The alternative's facts as a scan would record them: the catalog's service, used the way the
   * exit catalog says, at the places the service left was used (they will use the new client).
   */
  private Optional<Service> replacement(Service left, List<String> assumptions) {
    Optional<ExitCatalog.ServiceFacts> facts = exits.service(left.id()).filter(f -> f.replaceWith() != null);
    if (facts.isEmpty()) {
      assumptions.add(left.id() + ": no catalog service takes its place (its alternatives are "
          + (left.alternatives().isEmpty() ? "not named" : String.join(", ", left.alternatives()))
          + "); the what-if assumes the alternative adds no finding of its own");
      return Optional.empty();
    }
    Optional<ServiceEntry> entry = catalog.service(facts.get().replaceWith());
    if (entry.isEmpty()) {
      assumptions.add(left.id() + ": the catalog has no service " + facts.get().replaceWith()
          + " to put in its place; the what-if assumes the alternative adds no finding of its own");
      return Optional.empty();
    }
    ServiceEntry e = entry.get();
    boolean elsewhere = "open-protocol-elsewhere".equals(facts.get().replaceUsage());
    LockInLevel level = elsewhere ? LockInLevel.OPEN_PROTOCOL : e.lockIn();
    ServiceUsage usage = elsewhere ? ServiceUsage.OPEN_PROTOCOL_ELSEWHERE : ServiceUsage.VENDOR_SERVICE;
    List<Evidence> evidence = left.evidence().stream()
        .filter(x -> x.kind() == EvidenceKind.IMPORT || x.kind() == EvidenceKind.ENDPOINT || x.kind() == EvidenceKind.IAC)
        .map(x -> new Evidence(DETECTOR, x.kind(), x.location(), "in place of " + left.id() + ": " + x.excerpt(),
            x.confidence(), x.scope()))
        .toList();
    long files = evidence.stream().map(x -> x.location().file()).distinct().count();
    long runtimeFiles = evidence.stream().filter(x -> x.scope().ships()).map(x -> x.location().file()).distinct().count();
    ServiceDepth depth = new ServiceDepth(usage, (int) files, (int) runtimeFiles, evidence.size(),
        evidence.stream().map(Evidence::kind).toList(), 0, ExitEffort.NONE, e.lockIn(),
        List.of("what-if: in place of " + left.id()));
    assumptions.add(left.id() + ": in its place " + e.id() + " (" + e.name() + ")"
        + (elsewhere ? ", its open protocol spoken to a store of the city or an EU provider"
            : ", self-hosted by the city")
        + " at the same " + files + " files; its client library is not added (its version is not known), so its"
        + " license and vendor facts are not judged");
    return Optional.of(new Service(e.id(), e.name(), e.vendor(), e.category(), level, List.of(), List.of(), evidence,
        e.alternatives(), e.standard(), depth, VendorLookup.fromCatalog(catalog).vendor(e.vendor()).orElse(null)));
  }

  private static Component withServices(Component c, List<String> services) {
    return new Component(c.ref(), c.purl(), c.ecosystem(), c.group(), c.name(), c.version(), c.scope(), c.direct(),
        c.optional(), c.declaredLicenses(), c.hashes(), c.organization(), c.properties(), c.evidence(), c.vendor(),
        c.license(), services, c.copyrights());
  }

  private static Service merge(Service a, Service b) {
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    evidence.addAll(b.evidence());
    return a.withEvidence(evidence, a.endpoints());
  }

  private static Service without(Service s, Set<String> removed) {
    return new Service(s.id(), s.name(), s.vendorId(), s.category(), s.lockIn(), s.endpoints(),
        s.components().stream().filter(c -> !removed.contains(c)).toList(), s.evidence(), s.alternatives(),
        s.standard(), s.depth(), s.provider());
  }

  /**
   * The client libraries and every component that only they kept in the graph: a component that
   * had parents and has none left once these are gone. The project's own modules stay.
   */
  static Set<String> unreachableWithout(Inventory inventory, Set<String> clients) {
    Map<String, List<String>> parents = new HashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    for (DependencyEdge e : inventory.edges()) {
      parents.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
      children.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
    }
    Set<String> removed = new HashSet<>(clients);
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(clients);
    while (!queue.isEmpty()) {
      String ref = queue.poll();
      for (String child : children.getOrDefault(ref, List.of())) {
        if (!removed.contains(child) && parents.getOrDefault(child, List.of()).stream().allMatch(removed::contains)) {
          removed.add(child);
          queue.add(child);
        }
      }
    }
    inventory.components().stream()
        .filter(c -> "true".equals(c.properties().get("autonomy:module"))
            || "true".equals(c.properties().get("autonomy:project")))
        .forEach(c -> removed.remove(c.ref()));
    removed.retainAll(inventory.components().stream().map(Component::ref).toList());
    return new TreeSet<>(removed);
  }
}

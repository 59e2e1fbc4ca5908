package nl.autonomy.core.lockin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.EffortBreakdown;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceDepth;
import nl.autonomy.core.model.ServiceUsage;

/**
 * Judgement, not grep: runs after classification (which joins client components and sightings
 * into one {@link Service} per catalog id) and gives every service its depth (files,
 * occurrences, kinds of evidence, exit effort) and the context that changes what the evidence
 * means. The rules are written down in {@code docs/lock-in.md}:
 * <ul>
 *   <li>a client of an open-protocol service pointed only at hosts outside the vendor's is the
 *       protocol against another store ({@link ServiceUsage#OPEN_PROTOCOL_ELSEWHERE});</li>
 *   <li>a client library declared but imported nowhere is {@link ServiceUsage#DECLARED_ONLY}, and the
 *       note says whether an import was to be expected (a JDBC driver or a starter is never imported);
 *       one that only pins versions (a BOM) is no use at all;</li>
 *   <li>a client library only pulled in by another dependency, called by no code, is
 *       {@link ServiceUsage#TRANSITIVE_ONLY}, reachable through that dependency;</li>
 *   <li>a self-hostable product at the vendor's own hosts is the vendor's SaaS (open-protocol: the
 *       data sits with the vendor);</li>
 *   <li>alternatives tagged with an ecosystem are offered only to code in it ({@link AlternativeFit});</li>
 *   <li>evidence only in tests, fixtures or documentation is reported as such and costs nothing;</li>
 *   <li>a configured endpoint without any client is no use of the service.</li>
 * </ul>
 */
public final class LockInStage {

  private final Catalog catalog;
  private final LockInRules rules;

  public LockInStage(Catalog catalog, LockInRules rules) {
    this.catalog = catalog;
    this.rules = rules;
  }

  public Inventory apply(Inventory inventory) {
    Map<String, Component> components = inventory.components().stream()
        .collect(Collectors.toMap(Component::ref, Function.identity(), (a, b) -> a));
    List<Service> judged = new ArrayList<>();
    Map<String, List<String>> parents = new java.util.HashMap<>();
    inventory.edges().forEach(e -> parents.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
    for (Service service : inventory.services()) {
      judge(partOfTheBuild(service), components, parents)
          .map(s -> AlternativeFit.fit(s, components))
          .ifPresent(judged::add);
    }
    return inventory.withServices(judged);
  }

  /**
   * A CI system runs the build, it does not ship with the product: its workflow steps are build
   * evidence wherever they are written. (Cloud logins and deploy steps in the same files belong to
   * other services and keep their scope: they name where the product runs.)
   */
  static Service partOfTheBuild(Service service) {
    if (!"ci".equals(service.category())) {
      return service;
    }
    List<Evidence> build = service.evidence().stream()
        .map(e -> e.scope().ships()
            ? new Evidence(e.detector(), e.kind(), e.location(), e.excerpt(), e.confidence(), Scope.BUILD) : e)
        .toList();
    return service.withEvidence(build, service.endpoints());
  }

  private Optional<Service> judge(Service service, Map<String, Component> components,
      Map<String, List<String>> parents) {
    List<Component> declared = service.components().stream().map(components::get)
        .filter(c -> c != null && !rules.isPinningOnly(c.purl())).toList();
    // manifest evidence counts through the declared libraries, so a BOM that only pins versions is no use
    List<Evidence> use = service.evidence().stream().filter(e -> !isOverride(e) && !isManifest(e)).toList();
    List<Evidence> overrides = service.evidence().stream().filter(LockInStage::isOverride).toList();
    if (use.isEmpty() && declared.isEmpty()) {
      return Optional.empty();
    }
    List<Evidence> shipped = use.stream().filter(e -> e.scope().ships()).toList();
    List<Component> shippedLibraries = declared.stream().filter(c -> c.scope() == null || c.scope().ships()).toList();
    List<String> notes = new ArrayList<>();
    LockInLevel level = service.lockIn();
    ServiceUsage usage;
    List<Evidence> shippedOverrides = overrides.stream().filter(e -> e.scope().ships()).toList();
    boolean hasImports = use.stream().anyMatch(e -> e.kind() == EvidenceKind.IMPORT && e.scope().ships());
    boolean vendorEndpoint = shipped.stream().anyMatch(e -> e.kind() == EvidenceKind.ENDPOINT);
    Optional<LockInRules.OpenProtocol> protocol = rules.openProtocol(service.id());
    boolean usedByTheBuild = use.stream().anyMatch(e -> e.scope() == Scope.BUILD);
    if (shipped.isEmpty() && shippedLibraries.isEmpty() && !usedByTheBuild) {
      usage = ServiceUsage.TEST_ONLY;
      notes.add("seen only in tests, fixtures or documentation");
    } else if (protocol.isPresent() && !shippedOverrides.isEmpty() && !vendorEndpoint) {
      usage = ServiceUsage.OPEN_PROTOCOL_ELSEWHERE;
      level = LockInLevel.OPEN_PROTOCOL;
      notes.add("the " + protocol.get().protocol() + " client is pointed at " + foreignEndpoints(service)
          + " (" + locations(shippedOverrides) + ")"
          + ", not at a host of the vendor: the " + protocol.get().protocol() + " protocol against another store");
    } else if (!shippedLibraries.isEmpty() && !hasImports && shipped.isEmpty()
        && shippedLibraries.stream().noneMatch(Component::direct) && !usedByTheBuild) {
      usage = ServiceUsage.TRANSITIVE_ONLY;
      notes.add("reachable through " + through(shippedLibraries, components, parents) + ": "
          + refs(shippedLibraries) + " comes in as a dependency of a dependency and no code of this project calls it");
    } else if (!shippedLibraries.isEmpty() && !hasImports && shipped.isEmpty() && hasImportSignals(service.id())) {
      usage = ServiceUsage.DECLARED_ONLY;
      notes.add(declaredOnlyNote(shippedLibraries));
    } else {
      usage = ServiceUsage.VENDOR_SERVICE;
    }
    if (usage == ServiceUsage.VENDOR_SERVICE && level == LockInLevel.SELF_HOSTABLE) {
      List<Evidence> saas = shipped.stream().filter(e -> e.kind() == EvidenceKind.ENDPOINT).toList();
      if (!saas.isEmpty()) {
        // a self-hostable product used at the vendor's own hosts is the vendor's SaaS: the data sits
        // with the vendor, and the exit is re-pointing the same client at one's own installation
        level = LockInLevel.OPEN_PROTOCOL;
        notes.add("used at the vendor's hosted service (" + String.join(", ", service.endpoints()) + "; "
            + locations(saas) + "), not at a self-hosted installation: the data sits with the vendor");
      }
    }
    int points = ExitEffortRule.points(shipped, declaredCount(shippedLibraries), level);
    ExitEffort effort = switch (usage) {
      case TEST_ONLY, OPEN_PROTOCOL_ELSEWHERE -> ExitEffort.NONE;
      case DECLARED_ONLY, TRANSITIVE_ONLY -> ExitEffort.LOW;
      case VENDOR_SERVICE -> ExitEffortRule.effort(points);
    };
    long files = use.stream().map(e -> e.location().file()).distinct().count();
    long runtimeFiles = shipped.stream().map(e -> e.location().file()).distinct().count();
    List<EvidenceKind> kinds = new ArrayList<>(use.stream().map(Evidence::kind).toList());
    if (!declared.isEmpty()) {
      kinds.add(EvidenceKind.MANIFEST);
    }
    ServiceDepth depth = new ServiceDepth(usage, (int) files, (int) runtimeFiles, use.size(), kinds,
        usage == ServiceUsage.VENDOR_SERVICE ? points : 0, effort, service.lockIn(), notes);
    return Optional.of(service.withLockIn(level).withDepth(depth));
  }

  /** The effort a number of points makes, by the rule's thresholds (for the sum of several exits too). */
  public static ExitEffort effortOf(int points) {
    return ExitEffortRule.effort(points);
  }

  /**
   * The exit-effort rule's working for a service this stage has judged: the same evidence and
   * libraries {@link #apply} counted, at the level it judged (its effort points, shown term by term).
   */
  public EffortBreakdown effortOf(Service service, Map<String, Component> components) {
    List<Component> shippedLibraries = service.components().stream().map(components::get)
        .filter(c -> c != null && !rules.isPinningOnly(c.purl()))
        .filter(c -> c.scope() == null || c.scope().ships()).toList();
    List<Evidence> shipped = service.evidence().stream()
        .filter(e -> !isOverride(e) && !isManifest(e) && e.scope().ships()).toList();
    return ExitEffortRule.breakdown(shipped, declaredCount(shippedLibraries), service.lockIn());
  }

  /**
   * The libraries a project declares itself: one aggregate such as {@code azure-resourcemanager}
   * pulls in two dozen modules, and the exit is still one dependency to remove. A service that only
   * arrives through another dependency counts once.
   */
  private static int declaredCount(List<Component> shippedLibraries) {
    int direct = (int) shippedLibraries.stream().filter(Component::direct).count();
    return direct > 0 ? direct : Math.min(1, shippedLibraries.size());
  }

  /**
   * What "imported by no code" means depends on the artifact: a JDBC driver, a logging back end, a
   * Spring Boot starter or an agent is never imported, it is loaded by name at run time.
   */
  private String declaredOnlyNote(List<Component> libraries) {
    List<Component> loaded = libraries.stream().filter(c -> rules.isRuntimeArtifact(c.purl())).toList();
    if (loaded.size() == libraries.size()) {
      return "declared (" + refs(libraries) + "), an artifact loaded at run time without an import (a driver, starter,"
          + " agent or logging back end): no import is expected, and no configuration in the files read names the"
          + " vendor's hosts (it may be set at deploy time); the dependency and its configuration are what to change";
    }
    return "declared (" + refs(libraries) + ") but imported by no code: possibly dead lock-in; if nothing loads it"
        + " by name at run time, removing the dependency is the exit";
  }

  private static String refs(List<Component> libraries) {
    return libraries.stream().map(Component::ref).sorted().collect(Collectors.joining(", "));
  }

  /** The direct dependencies that pull the libraries in (their nearest declared ancestors). */
  private static String through(List<Component> libraries, Map<String, Component> components,
      Map<String, List<String>> parents) {
    java.util.Set<String> direct = new java.util.TreeSet<>();
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    libraries.forEach(c -> queue.add(c.ref()));
    while (!queue.isEmpty() && seen.size() < 10_000) {
      String ref = queue.poll();
      if (!seen.add(ref)) {
        continue;
      }
      for (String parent : parents.getOrDefault(ref, List.of())) {
        Component p = components.get(parent);
        if (p != null && p.direct()) {
          direct.add(p.name() == null ? p.ref() : (p.group() == null ? "" : p.group() + "/") + p.name());
        } else {
          queue.add(parent);
        }
      }
    }
    return direct.isEmpty() ? "another dependency" : String.join(", ", direct);
  }

  private boolean hasImportSignals(String serviceId) {
    return catalog.service(serviceId).map(s -> !s.signals().imports().isEmpty()).orElse(false);
  }

  private static boolean isOverride(Evidence e) {
    return e.detector().equals(LockInRules.OVERRIDE_DETECTOR);
  }

  private static boolean isManifest(Evidence e) {
    return e.kind() == EvidenceKind.MANIFEST || e.kind() == EvidenceKind.LOCKFILE || e.kind() == EvidenceKind.SBOM
        || e.kind() == EvidenceKind.ARCHIVE;
  }

  /** The endpoints seen that are none of the service's own hosts: where overrides point. */
  private String foreignEndpoints(Service service) {
    List<nl.autonomy.core.text.Glob> own = catalog.service(service.id())
        .map(s -> s.signals().endpoints().stream().map(nl.autonomy.core.text.Glob::of).toList())
        .orElse(List.of());
    return service.endpoints().stream()
        .filter(url -> own.stream().noneMatch(g -> g.matches(host(url))))
        .collect(Collectors.joining(", "));
  }

  private static String host(String endpoint) {
    String rest = endpoint.contains("://") ? endpoint.substring(endpoint.indexOf("://") + 3) : endpoint;
    int end = 0;
    while (end < rest.length() && ":/".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    return rest.substring(0, end);
  }

  private static String locations(List<Evidence> evidence) {
    return evidence.stream().map(e -> e.location().toString()).sorted().collect(Collectors.joining(", "));
  }
}

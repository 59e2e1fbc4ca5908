package nl.autonomy.core.exit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.lockin.LockInStage;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.model.ExitPlan;
import nl.autonomy.core.model.ExitSelection;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceExit;
import nl.autonomy.core.model.ServiceUsage;
import nl.autonomy.core.policy.Evaluation;
import nl.autonomy.core.policy.VendorLookup;

/**
 * Turns a scan result into an exit plan: per service left, where it is, its data and how to take
 * it out, the ways out, the effort with its working, the steps and the risks; then the what-if,
 * judged by the scan's own policy evaluation, and on request the ranking of every service.
 */
public final class ExitPlanner {

  private final Catalog catalog;
  private final ExitCatalog exits;
  private final LockInStage lockIn;
  private final Evaluation.Prepared policy;
  private final WhatIf whatIf;

  /**
   * @param evaluation the evaluation the scan used
   * @param policy the policy (and fail-on) it judged by, loaded with {@link Evaluation#prepare}
   */
  public ExitPlanner(Catalog catalog, ExitCatalog exits, LockInRules rules, Evaluation evaluation,
      Evaluation.Prepared policy) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.exits = Objects.requireNonNull(exits, "exits");
    this.lockIn = new LockInStage(catalog, rules);
    this.policy = Objects.requireNonNull(policy, "policy");
    Function<Inventory, Assessment> judge = inventory -> evaluation.evaluate(inventory, policy,
        inventory.provenance().timestamp(), VendorLookup.fromCatalog(catalog));
    this.whatIf = new WhatIf(catalog, exits, judge);
  }

  /** The services a selection names in this result, sorted by id. */
  public List<Service> select(Inventory inventory, ExitSelection selection) {
    return inventory.services().stream().filter(s -> matches(selection, s)).toList();
  }

  /** Leaving a vendor means its services and those of what it owns: Microsoft includes GitHub. */
  private boolean matches(ExitSelection selection, Service s) {
    String value = selection.value();
    return switch (selection.kind()) {
      case ALL -> true;
      case SERVICE -> s.id().equalsIgnoreCase(value);
      case VENDOR -> s.vendorId() != null && (s.vendorId().equalsIgnoreCase(value)
          || value.equalsIgnoreCase(catalog.ownerOf(s.vendorId()))
          || s.provider() != null && value.equalsIgnoreCase(s.provider().owner()));
    };
  }

  /**
   * The plan for the selected services.
   *
   * @param rank whether to rank every service of the scan as well
   */
  public ExitPlan plan(ScanResult result, ExitSelection selection, boolean rank) {
    Inventory inventory = result.inventory();
    List<Service> chosen = select(inventory, selection);
    Set<String> ids = chosen.stream().map(Service::id).collect(Collectors.toCollection(TreeSet::new));
    Map<String, Component> components = new HashMap<>();
    inventory.components().forEach(c -> components.putIfAbsent(c.ref(), c));
    Modules modules = Modules.of(inventory);
    Map<String, Set<String>> reach = descendants(inventory);
    List<ServiceExit> plans = chosen.stream()
        .map(s -> plan(s, inventory, components, modules, reach, ids)).toList();
    Assessment before = whatIf.judge(inventory);
    List<String> assumptions = new ArrayList<>();
    Assessment after = whatIf.judge(whatIf.apply(inventory, ids, assumptions));
    Set<String> beforePrints = before.findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());
    Set<String> afterPrints = after.findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());
    ExitPlan.WhatIfResult what = new ExitPlan.WhatIfResult(before.score(), after.score(), before.verdict(),
        after.verdict(), before.answer(), after.answer(),
        before.findings().stream().filter(f -> !afterPrints.contains(f.fingerprint())).map(ExitPlan.FindingRef::of).toList(),
        after.findings().stream().filter(f -> !beforePrints.contains(f.fingerprint())).map(ExitPlan.FindingRef::of).toList(),
        assumptions);
    int points = plans.stream().mapToInt(p -> p.effort().points()).sum();
    Set<String> places = new TreeSet<>();
    Set<String> files = new TreeSet<>();
    plans.forEach(p -> p.places().forEach(g -> g.places().forEach(x -> {
      places.add(x.location());
      files.add(x.file());
    })));
    ExitPlan.Totals totals = new ExitPlan.Totals(plans.size(), places.size(), files.size(), points,
        LockInStage.effortOf(points));
    var provenance = inventory.provenance();
    ExitPlan.Source source = new ExitPlan.Source(componentName(inventory.project()), provenance.source(),
        provenance.gitCommit(), provenance.timestamp());
    ExitPlan.PolicyRef ref = new ExitPlan.PolicyRef(policy.policy().id(), policy.policy().title(),
        policy.policy().digest());
    return new ExitPlan(ExitPlan.SCHEMA_VERSION, ExitPlan.Tool.autonomy(), source, ref, selection, totals,
        plans, what, rank ? rank(inventory, before) : null);
  }

  /** The what-if's whole judgement (findings and all), to compare with a real scan of the exit made. */
  public Assessment whatIf(ScanResult result, ExitSelection selection) {
    Set<String> ids = select(result.inventory(), selection).stream().map(Service::id).collect(Collectors.toSet());
    return whatIf.judge(whatIf.apply(result.inventory(), ids, new ArrayList<>()));
  }

  /** Every service of the inventory by autonomy points gained per effort point. */
  public List<ExitOption> rank(Inventory inventory) {
    // no service, no way out to rank: the judgement of the inventory would be thrown away
    return inventory.services().isEmpty() ? List.of() : rank(inventory, whatIf.judge(inventory));
  }

  /**
   * As {@link #rank(Inventory)}, given the judgement of the inventory as it is: the scan has just
   * made it with the same evaluation, so it is not made twice (on a large lockfile it is seconds).
   */
  public List<ExitOption> rank(Inventory inventory, Assessment before) {
    return inventory.services().isEmpty() ? List.of() : ExitRanking.rank(inventory, before, whatIf);
  }

  private ServiceExit plan(Service s, Inventory inventory, Map<String, Component> components, Modules modules,
      Map<String, Set<String>> reach, Set<String> inPlan) {
    List<Evidence> sightings = sightings(s, inventory);
    List<ServiceExit.PlaceGroup> groups = groups(sightings, modules);
    int placeCount = (int) sightings.stream().map(e -> e.location().file() + ":" + e.location().line()).distinct().count();
    ServiceExit.DataExit data = exits.category(s.category())
        .map(c -> new ServiceExit.DataExit(c.category(), c.data(), c.export(), c.standard(), c.sources()))
        .orElse(new ServiceExit.DataExit(s.category(), null, null, s.standard(), List.of()));
    ServiceUsage usage = s.depth() == null ? ServiceUsage.VENDOR_SERVICE : s.depth().usage();
    ServiceExit.WayOut way = wayOut(s, usage, sightings);
    ServiceExit.Effort effort = s.depth() == null
        ? new ServiceExit.Effort(ExitEffort.NONE, 0, null)
        : new ServiceExit.Effort(s.depth().effort(), s.depth().effortPoints(),
            usage == ServiceUsage.VENDOR_SERVICE ? lockIn.effortOf(s, components) : null);
    String vendorName = s.provider() != null ? s.provider().name()
        : catalog.vendor(s.vendorId() == null ? "" : s.vendorId()).map(v -> v.name()).orElse(null);
    return new ServiceExit(s.id(), s.name(), s.vendorId(), vendorName, s.category(), s.lockIn(), usage, groups,
        placeCount, data, way, effort, steps(way, usage, sightings), risks(s, inventory, reach, inPlan));
  }

  /** Everything that shows the service: its evidence, its sightings and its client libraries' declarations. */
  static List<Evidence> sightings(Service s, Inventory inventory) {
    return Stream.of(s.evidence().stream(),
            inventory.serviceUses().stream().filter(u -> u.serviceId().equals(s.id())).map(u -> u.evidence()),
            inventory.components().stream().filter(c -> s.components().contains(c.ref())).flatMap(c -> c.evidence().stream()))
        .flatMap(e -> e)
        .filter(e -> !e.detector().equals(WhatIf.DETECTOR))
        .distinct().sorted().toList();
  }

  private static List<ServiceExit.PlaceGroup> groups(List<Evidence> sightings, Modules modules) {
    Map<String, Map<String, Map<String, ServiceExit.Place>>> byModule = new TreeMap<>();
    for (Evidence e : sightings) {
      ServiceExit.Place place = new ServiceExit.Place(e.location().file(), e.location().line(), e.excerpt(), e.scope());
      byModule.computeIfAbsent(modules.of(e.location().file()), k -> new TreeMap<>(KINDS))
          .computeIfAbsent(kind(e), k -> new TreeMap<>())
          .putIfAbsent(String.format(Locale.ROOT, "%s\u0000%09d", place.file(), place.line()), place);
    }
    List<ServiceExit.PlaceGroup> out = new ArrayList<>();
    byModule.forEach((module, kinds) -> kinds.forEach((kind, places) ->
        out.add(new ServiceExit.PlaceGroup(module, kind, new ArrayList<>(places.values())))));
    return out;
  }

  private static final List<String> KIND_ORDER = List.of("client-libraries", "imports", "configuration", "iac",
      "kubernetes", "ci", "containers", "delivered");
  private static final Comparator<String> KINDS = Comparator.comparingInt(KIND_ORDER::indexOf);

  /** The group of a piece of evidence, in the words of the plan. */
  static String kind(Evidence e) {
    return switch (e.kind()) {
      case MANIFEST, LOCKFILE -> "client-libraries";
      case IMPORT -> "imports";
      case ENDPOINT -> "configuration";
      case IAC -> e.detector().contains("kubernetes") ? "kubernetes" : "iac";
      case CI -> "ci";
      case CONTAINER -> "containers";
      case ARCHIVE, SBOM -> "delivered";
    };
  }

  private ServiceExit.WayOut wayOut(Service s, ServiceUsage usage, List<Evidence> sightings) {
    ExitCatalog.ServiceFacts facts = exits.service(s.id()).orElse(null);
    String status = switch (usage) {
      case OPEN_PROTOCOL_ELSEWHERE -> "already-open";
      case DECLARED_ONLY, TRANSITIVE_ONLY -> "remove-dependency";
      case TEST_ONLY -> "tests-only";
      case VENDOR_SERVICE -> "leave";
    };
    List<Evidence> endpoints = sightings.stream().filter(e -> e.kind() == EvidenceKind.ENDPOINT).toList();
    List<ServiceExit.ConfigChange> changes = new ArrayList<>();
    List<ServiceExit.Place> hardCoded = new ArrayList<>();
    String what = facts != null && facts.configure() != null ? facts.configure()
        : "the address of the alternative" + (s.standard() == null ? "" : " (" + s.standard() + ")");
    for (Evidence e : endpoints) {
      if (isConfiguration(e.location().file())) {
        Matcher m = KEY_VALUE.matcher(e.excerpt());
        changes.add(m.matches()
            ? new ServiceExit.ConfigChange(e.location().file(), e.location().line(), m.group(1), m.group(2).strip(), what)
            : new ServiceExit.ConfigChange(e.location().file(), e.location().line(), null, e.excerpt(), what));
      } else {
        hardCoded.add(new ServiceExit.Place(e.location().file(), e.location().line(), e.excerpt(), e.scope()));
      }
    }
    List<ServiceExit.Alternative> configOnly = new ArrayList<>();
    List<ServiceExit.Alternative> code = new ArrayList<>();
    Set<String> same = new java.util.LinkedHashSet<>(facts == null ? List.of() : facts.sameProtocol());
    boolean vendorClient = sightings.stream().anyMatch(e -> e.kind() == EvidenceKind.IMPORT && e.scope().ships())
        || !s.components().isEmpty();
    boolean speaks = facts != null && (facts.clientSpeaksProtocol() || !vendorClient);
    for (String name : same) {
      configOnly.add(new ServiceExit.Alternative(name, speaks ? "same-protocol" : "vendor-client"));
    }
    if (!speaks) {
      code.addAll(configOnly);
      configOnly.clear();
    }
    for (String name : s.alternatives()) {
      if (!same.contains(name)) {
        boolean open = s.lockIn() != nl.autonomy.core.model.LockInLevel.PROPRIETARY_API && facts == null;
        code.add(new ServiceExit.Alternative(name, open ? "same-standard-unchecked" : "other-api"));
      }
    }
    return new ServiceExit.WayOut(status, facts == null ? null : facts.protocol(), configOnly, code, changes, hardCoded,
        facts == null ? null : facts.replaceWith(), facts == null ? List.of() : facts.sources());
  }

  private static final Pattern KEY_VALUE = Pattern.compile("^\\s*[-\\s]*[\"']?([A-Za-z0-9_.\\-]+)[\"']?\\s*[:=]\\s*(.+)$");
  private static final Set<String> CONFIG_EXTENSIONS = Set.of("yml", "yaml", "properties", "json", "env", "toml",
      "ini", "conf", "cfg", "tfvars", "config", "xml");

  /** A configuration file, not code: what it names changes without a build of the code. */
  static boolean isConfiguration(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.equals("pom.xml") || name.endsWith(".csproj")) {
      return false;
    }
    if (name.startsWith(".env")) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    return dot >= 0 && CONFIG_EXTENSIONS.contains(name.substring(dot + 1));
  }

  private static List<ServiceExit.Step> steps(ServiceExit.WayOut way, ServiceUsage usage, List<Evidence> sightings) {
    List<ServiceExit.Step> steps = new ArrayList<>();
    Function<java.util.function.Predicate<Evidence>, List<String>> where = filter -> sightings.stream().filter(filter)
        .map(e -> e.location().toString().replaceFirst(":\\d+$", "") + (e.location().line() == 0 ? "" : ":" + e.location().line()))
        .distinct().toList();
    List<String> importFiles = sightings.stream().filter(e -> e.kind() == EvidenceKind.IMPORT)
        .map(e -> e.location().file()).distinct().toList();
    List<String> configPlaces = way.configurationChanges().stream().map(c -> c.file() + ":" + c.line()).toList();
    List<String> hardPlaces = way.hardCoded().stream().map(ServiceExit.Place::location).toList();
    switch (way.status()) {
      case "already-open" -> {
        steps.add(new ServiceExit.Step("verify", List.of()));
        return steps;
      }
      case "remove-dependency" -> {
        steps.add(new ServiceExit.Step("remove-dependency", where.apply(ExitPlanner::declaration)));
        steps.add(new ServiceExit.Step("verify", List.of()));
        return steps;
      }
      case "tests-only" -> {
        steps.add(new ServiceExit.Step("replace-client", importFiles));
        steps.add(new ServiceExit.Step("verify", List.of()));
        return steps;
      }
      default -> {
      }
    }
    boolean configOnly = !way.configurationOnly().isEmpty();
    if (!configOnly && !importFiles.isEmpty()) {
      steps.add(new ServiceExit.Step("interface", importFiles));
      steps.add(new ServiceExit.Step("replace-client", importFiles));
    }
    steps.add(new ServiceExit.Step("migrate-data", List.of()));
    if (!hardPlaces.isEmpty()) {
      steps.add(new ServiceExit.Step("move-endpoints", hardPlaces));
    }
    if (!configPlaces.isEmpty()) {
      steps.add(new ServiceExit.Step("switch-configuration", configPlaces));
    }
    if (!configOnly) {
      List<String> declared = where.apply(ExitPlanner::declaration);
      if (!declared.isEmpty()) {
        steps.add(new ServiceExit.Step("remove-dependency", declared));
      }
    }
    addIfAny(steps, "replace-iac", where.apply(e -> e.kind() == EvidenceKind.IAC));
    addIfAny(steps, "replace-ci", where.apply(e -> e.kind() == EvidenceKind.CI && e.location().line() > 0));
    addIfAny(steps, "replace-images", where.apply(e -> e.kind() == EvidenceKind.CONTAINER));
    steps.add(new ServiceExit.Step("verify", List.of()));
    return steps;
  }

  private static boolean declaration(Evidence e) {
    return e.kind() == EvidenceKind.MANIFEST || e.kind() == EvidenceKind.LOCKFILE;
  }

  private static void addIfAny(List<ServiceExit.Step> steps, String id, List<String> places) {
    if (!places.isEmpty()) {
      steps.add(new ServiceExit.Step(id, places));
    }
  }

  /**
   * The other services that lean on this one: used together in the same source files (Entra ID's
   * credential next to the Blob client), or with a client library that depends on this one's.
   */
  private static List<ServiceExit.Risk> risks(Service s, Inventory inventory, Map<String, Set<String>> reach,
      Set<String> inPlan) {
    Set<String> files = importFiles(s);
    Set<String> clients = new HashSet<>(s.components());
    List<ServiceExit.Risk> out = new ArrayList<>();
    for (Service other : inventory.services()) {
      if (other.id().equals(s.id())) {
        continue;
      }
      Set<String> shared = new TreeSet<>(importFiles(other));
      shared.retainAll(files);
      if (!shared.isEmpty()) {
        out.add(new ServiceExit.Risk(other.id(), other.name(), "same-files", List.copyOf(shared),
            inPlan.contains(other.id())));
      }
      Set<String> through = new TreeSet<>();
      for (String ref : other.components()) {
        if (!clients.contains(ref) && reach.getOrDefault(ref, Set.of()).stream().anyMatch(clients::contains)) {
          through.add(ref);
        }
      }
      if (!through.isEmpty()) {
        out.add(new ServiceExit.Risk(other.id(), other.name(), "library", List.copyOf(through),
            inPlan.contains(other.id())));
      }
    }
    return out;
  }

  private static Set<String> importFiles(Service s) {
    return s.evidence().stream().filter(e -> e.kind() == EvidenceKind.IMPORT).map(e -> e.location().file())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every component each component reaches through the dependency edges. */
  private static Map<String, Set<String>> descendants(Inventory inventory) {
    Map<String, List<String>> children = new HashMap<>();
    for (DependencyEdge e : inventory.edges()) {
      children.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
    }
    Map<String, Set<String>> out = new HashMap<>();
    Set<String> refs = new HashSet<>();
    inventory.services().forEach(s -> refs.addAll(s.components()));
    for (String ref : refs) {
      Set<String> seen = new HashSet<>();
      java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(children.getOrDefault(ref, List.of()));
      while (!queue.isEmpty() && seen.size() < 100_000) {
        String next = queue.poll();
        if (seen.add(next)) {
          queue.addAll(children.getOrDefault(next, List.of()));
        }
      }
      out.put(ref, seen);
    }
    return out;
  }

  private static String componentName(Component c) {
    return c.version() == null ? c.coordinates() : c.coordinates() + "@" + c.version();
  }

  /** The module a file belongs to: the deepest folder holding a manifest that was read. */
  record Modules(List<String> folders) {

    static Modules of(Inventory inventory) {
      Set<String> folders = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
          .thenComparing(Comparator.naturalOrder()));
      Stream.concat(Stream.of(inventory.project()), inventory.components().stream())
          .flatMap(c -> c.evidence().stream())
          .filter(ExitPlanner::declaration)
          .map(e -> e.location().file())
          .forEach(f -> folders.add(f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : ""));
      return new Modules(List.copyOf(folders));
    }

    String of(String file) {
      for (String folder : folders) {
        if (folder.isEmpty() || file.startsWith(folder + "/")) {
          return folder.isEmpty() ? "." : folder;
        }
      }
      return ".";
    }
  }

}

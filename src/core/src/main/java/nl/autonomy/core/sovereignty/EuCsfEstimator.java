package nl.autonomy.core.sovereignty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Jurisdictions;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceReach;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;

/**
 * Maps what a scan measured to the code-answerable criteria of the EU Cloud Sovereignty
 * Framework's objectives, and applies the framework's method: per objective, the highest SEAL level
 * L such that every criterion of level L and below is met (unknown is not met); overall, the lowest
 * level of the objectives (the weakest objective is the ceiling). The criteria, and why each sits
 * at its level, are documented in docs/eu-csf.md. A pure function of the inventory: the same scan
 * gives the same estimate, and report writers and policy rules see the same numbers.
 */
public final class EuCsfEstimator {

  /** Categories that build or provision rather than hold or process the organisation's data. */
  private static final Set<String> NOT_DATA = Set.of("ci", "registry", "infrastructure", "configuration");

  private final Inventory inventory;
  private final List<Service> inUse;
  private final List<Component> runtime;

  private EuCsfEstimator(Inventory inventory) {
    this.inventory = inventory;
    this.inUse = inventory.services().stream().filter(EuCsfEstimator::inUse).toList();
    this.runtime = inventory.components().stream()
        .filter(c -> !own(c) && c.scope() == Scope.RUNTIME).toList();
  }

  public static EuCsfEstimate estimate(Inventory inventory) {
    return new EuCsfEstimator(inventory).build();
  }

  private EuCsfEstimate build() {
    Map<SovObjective, List<Criterion>> criteria = new EnumMap<>(SovObjective.class);
    criteria.put(SovObjective.SOV_2, legal());
    criteria.put(SovObjective.SOV_3, data());
    criteria.put(SovObjective.SOV_4, operational());
    criteria.put(SovObjective.SOV_5, supplyChain());
    criteria.put(SovObjective.SOV_6, technology());
    criteria.put(SovObjective.SOV_7, security());
    List<ObjectiveEstimate> objectives = new ArrayList<>();
    for (SovObjective o : SovObjective.values()) {
      List<Criterion> list = criteria.getOrDefault(o, List.of());
      Integer level = o.fromCode() ? level(list) : null;
      objectives.add(new ObjectiveEstimate(o.id(), o.title(), o.weight(), level, list, o.notAnswerable()));
    }
    int overall = objectives.stream().filter(o -> o.level() != null).mapToInt(ObjectiveEstimate::level).min()
        .orElse(0);
    List<String> limitedBy = objectives.stream()
        .filter(o -> o.level() != null && o.level() == overall).map(ObjectiveEstimate::id).toList();
    return new EuCsfEstimate(EuCsfEstimate.FRAMEWORK, EuCsfEstimate.NOTICE, overall, limitedBy,
        !inventory.complete(), objectives);
  }

  /** The framework's rule: the highest level whose criteria, and all lower levels' criteria, are met. */
  static int level(List<Criterion> criteria) {
    int level = 0;
    for (int l = 1; l <= 4; l++) {
      final int at = l;
      if (criteria.stream().filter(c -> c.level() == at).allMatch(Criterion::met)) {
        level = l;
      } else {
        break;
      }
    }
    return level;
  }

  // --- SOV-2: who has legal reach over the vendors of the services and the proprietary code ---

  private List<Criterion> legal() {
    return List.of(
        Criterion.of("SOV-2-L1", 1, "The provider and its jurisdiction are known for every cloud service the code uses"
                + " (software the organisation can run itself excepted).",
            List.of(), services(inUse, s -> s.lockIn() != LockInLevel.SELF_HOSTABLE && jurisdictionUnknown(s.provider()))),
        Criterion.of("SOV-2-L2", 2, "No cloud service the code reaches through a proprietary API is provided by a"
                + " vendor under non-EU law.",
            services(inUse, s -> s.lockIn() == LockInLevel.PROPRIETARY_API && nonEu(s.provider())), List.of()),
        Criterion.of("SOV-2-L3", 3, "No cloud service the code uses is provided by a vendor under non-EU law"
                + " (software the organisation can run itself excepted).",
            services(inUse, s -> s.lockIn() != LockInLevel.SELF_HOSTABLE && nonEu(s.provider())), List.of()),
        Criterion.of("SOV-2-L4", 4, "No runtime component under a proprietary or source-available license comes"
                + " from a vendor under non-EU law, or from a vendor whose jurisdiction is unknown.",
            components(closed(), c -> nonEu(c.vendor())), components(closed(), c -> jurisdictionUnknown(c.vendor()))));
  }

  // --- SOV-3: where the data services run and under whose law ---

  private List<Criterion> data() {
    List<Service> data = inUse.stream().filter(s -> s.category() == null || !NOT_DATA.contains(s.category())).toList();
    return List.of(
        Criterion.of("SOV-3-L1", 1, "The provider and its jurisdiction are known for every data service (storage,"
                + " databases, messaging, AI and other services that hold or process data; software the organisation can"
                + " run itself excepted).",
            List.of(), services(data, s -> s.lockIn() != LockInLevel.SELF_HOSTABLE && jurisdictionUnknown(s.provider()))),
        Criterion.of("SOV-3-L2", 2, "No data service under non-EU law is reached through a proprietary API: the data"
                + " can be taken out through an open protocol.",
            services(data, s -> s.lockIn() == LockInLevel.PROPRIETARY_API && nonEu(s.provider())), List.of()),
        Criterion.of("SOV-3-L3", 3, "No data service is provided by a vendor under non-EU law (software the"
                + " organisation can run itself excepted).",
            services(data, s -> s.lockIn() != LockInLevel.SELF_HOSTABLE && nonEu(s.provider())), List.of()),
        Criterion.of("SOV-3-L4", 4, "No data is held behind any vendor's proprietary API: every data service speaks"
                + " an open protocol or can be self-hosted.",
            services(data, s -> s.lockIn() == LockInLevel.PROPRIETARY_API), List.of()));
  }

  // --- SOV-4: can it be run, supported and moved without the vendor ---

  private List<Criterion> operational() {
    return List.of(
        Criterion.of("SOV-4-L1", 1, "Every cloud service the code is locked to by a proprietary API has a named open"
                + " alternative or open standard to move to.",
            services(inUse, s -> s.lockIn() == LockInLevel.PROPRIETARY_API && s.alternatives().isEmpty()
                && blank(s.standard())), List.of()),
        Criterion.of("SOV-4-L2", 2, "No proprietary-API service under non-EU law has a high or very high exit effort.",
            services(inUse, s -> s.lockIn() == LockInLevel.PROPRIETARY_API && nonEu(s.provider())
                && s.depth() != null && s.depth().effort().compareTo(ExitEffort.HIGH) >= 0),
            services(inUse, s -> s.lockIn() == LockInLevel.PROPRIETARY_API && nonEu(s.provider())
                && s.depth() == null)),
        Criterion.of("SOV-4-L3", 3, "The code is locked into no proprietary cloud API: every service it uses speaks an"
                + " open protocol other providers offer, or can be self-hosted.",
            services(inUse, s -> s.lockIn() == LockInLevel.PROPRIETARY_API), List.of()),
        Criterion.of("SOV-4-L4", 4, "Every service the code uses can be run on own infrastructure or is provided"
                + " under EU law only.",
            services(inUse, s -> s.lockIn() != LockInLevel.SELF_HOSTABLE && nonEu(s.provider())),
            services(inUse, s -> s.lockIn() != LockInLevel.SELF_HOSTABLE && jurisdictionUnknown(s.provider()))));
  }

  // --- SOV-5: is the supply chain known, complete and not concentrated ---

  private List<Criterion> supplyChain() {
    List<String> unread = inventory.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
        .map(p -> (p.source() == null ? "" : p.source() + ": ") + p.message()).toList();
    Map<String, List<String>> byNonEuProvider = new TreeMap<>();
    for (Service s : inUse) {
      if (s.lockIn() != LockInLevel.SELF_HOSTABLE && nonEu(s.provider())) {
        byNonEuProvider.computeIfAbsent(s.provider().owner(), k -> new ArrayList<>()).add(s.name());
      }
    }
    List<String> concentrated = byNonEuProvider.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .map(e -> e.getKey() + ": " + e.getValue().size() + " services (" + String.join(", ", e.getValue()) + ")")
        .toList();
    return List.of(
        Criterion.of("SOV-5-L1", 1, "The SBOM is complete: every manifest, lockfile and dependency could be read and"
                + " resolved.",
            unread, List.of()),
        Criterion.of("SOV-5-L2", 2, "The vendor of every runtime third-party component is known.",
            List.of(), components(runtime, c -> c.vendor() == null || !c.vendor().isKnown())),
        Criterion.of("SOV-5-L3", 3, "The vendor of every runtime third-party component is established by the catalog,"
                + " the package's own metadata or its registry, not only derived from its namespace.",
            List.of(), components(runtime, c -> c.vendor() == null || c.vendor().basis() == VendorBasis.NAMESPACE
                || c.vendor().basis() == VendorBasis.UNKNOWN)),
        Criterion.of("SOV-5-L4", 4, "No owner under non-EU law is a single point of dependency: none provides more"
                + " than one of the cloud services the code uses.",
            concentrated, List.of()));
  }

  // --- SOV-6: open standards, open source, no proprietary APIs ---

  private List<Criterion> technology() {
    return List.of(
        Criterion.of("SOV-6-L1", 1, "The license of every runtime third-party component is known.",
            List.of(), components(runtime, c -> c.license() == null || !c.license().isKnown())),
        Criterion.of("SOV-6-L2", 2, "Every proprietary-API service the code uses has an open standard it can move to.",
            services(inUse, s -> s.lockIn() == LockInLevel.PROPRIETARY_API && blank(s.standard())), List.of()),
        Criterion.of("SOV-6-L3", 3, "Every runtime third-party component is under an open-source license (none"
                + " proprietary or source-available).",
            components(closed(), c -> true), List.of()),
        Criterion.of("SOV-6-L4", 4, "The code calls no proprietary cloud API.",
            services(inUse, s -> s.lockIn() == LockInLevel.PROPRIETARY_API), List.of()));
  }

  // --- SOV-7: SBOM, hashes, provenance ---

  private List<Criterion> security() {
    return List.of(
        Criterion.of("SOV-7-L1", 1, "The SBOM identifies every runtime third-party component by package URL and"
                + " version.",
            components(runtime, c -> c.purl() == null || c.version() == null), List.of()),
        Criterion.of("SOV-7-L2", 2, "Every runtime third-party component carries a SHA-256 or SHA-512 hash of its"
                + " artifact (scan with --hashes, or scan the delivery).",
            List.of(), components(runtime, c -> !c.hashes().containsKey("SHA-256") && !c.hashes().containsKey("SHA-512"))),
        Criterion.of("SOV-7-L3", 3, "No delivered artifact differs from the one its registry publishes, and none is"
                + " unverifiable.",
            components(runtime, c -> "mismatch".equals(checksum(c))),
            components(runtime, c -> "unknown".equals(checksum(c)))),
        // Autonomy verifies no signature or attestation: this level is never supported by its evidence
        Criterion.of("SOV-7-L4", 4, "Every artifact carries verifiable signed provenance (SLSA, Sigstore); Autonomy"
                + " does not verify signatures, so this stays unknown.",
            List.of(), List.of("signatures and provenance attestations are not verified by Autonomy")));
  }

  // --- the facts ---

  /** See {@link ServiceReach}: the services the shipped code reaches at their vendors. */
  static boolean inUse(Service s) {
    return ServiceReach.reachedByShippedCode(s);
  }

  private List<Component> closed() {
    return runtime.stream().filter(c -> c.license() != null && (c.license().category() == LicenseCategory.PROPRIETARY
        || c.license().category() == LicenseCategory.SOURCE_AVAILABLE)).toList();
  }

  static boolean own(Component c) {
    return c.own();
  }

  private static String checksum(Component c) {
    return c.properties().get(PropertyNames.CHECKSUM);
  }

  private static boolean nonEu(VendorRef v) {
    return v != null && Jurisdictions.anyOutsideEu(v.jurisdictions());
  }

  private static boolean jurisdictionUnknown(VendorRef v) {
    return v == null || !v.isKnown() || v.jurisdictions().isEmpty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static List<String> services(List<Service> services, Predicate<Service> test) {
    return services.stream().filter(test).map(EuCsfEstimator::label).toList();
  }

  private static String label(Service s) {
    VendorRef p = s.provider();
    if (p == null) {
      return s.name() + " (provider unknown)";
    }
    return s.name() + " (" + p.name() + (p.jurisdictions().isEmpty() ? ", jurisdiction unknown"
        : ", " + String.join("/", p.jurisdictions())) + ")";
  }

  private static List<String> components(List<Component> components, Predicate<Component> test) {
    return components.stream().filter(test).map(Component::ref).toList();
  }
}

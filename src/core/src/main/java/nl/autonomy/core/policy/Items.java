package nl.autonomy.core.policy;

import nl.autonomy.core.answer.AutonomyAnswer;

import static nl.autonomy.core.policy.Attribute.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Jurisdictions;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.Subject;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.publiccode.DependsOnCheck;
import nl.autonomy.core.sovereignty.EuCsfEstimate;
import nl.autonomy.core.sovereignty.EuCsfEstimator;
import nl.autonomy.core.sovereignty.ObjectiveEstimate;
import nl.autonomy.core.text.Glob;

/** Turns an inventory into the items rules judge, each with its facts. */
final class Items {

  private final Inventory inventory;
  private final VendorLookup vendors;
  private final Map<String, Component> componentsByRef;
  private final List<String> ownHosts;

  Items(Inventory inventory, VendorLookup vendors, List<String> ownHosts) {
    this.inventory = inventory;
    this.ownHosts = List.copyOf(ownHosts);
    this.vendors = VendorLookup.fromInventory(inventory, vendors);
    this.componentsByRef = inventory.components().stream()
        .collect(Collectors.toMap(Component::ref, Function.identity(), (a, b) -> a));
  }

  /** What could not be read, as a phrase in {@code messages}' language; null when everything was read. */
  String unread(nl.autonomy.core.Messages messages) {
    nl.autonomy.core.model.UnreadParts unread = nl.autonomy.core.model.UnreadParts.of(inventory);
    return unread.isEmpty() ? null : AutonomyAnswer.unread(unread, messages);
  }

  List<Item> of(Target target) {
    return switch (target) {
      case SERVICE -> services();
      case PROJECT -> List.of(project());
      default -> components();
    };
  }

  /**
   * The project's own modules and packages (reactor modules, workspace packages, projects side by
   * side) are the city's code, not third-party components: license and vendor rules do not judge
   * them one by one; the project item stands for them all.
   */
  static boolean own(Component c) {
    return "true".equals(c.properties().get("autonomy:module"))
        || "true".equals(c.properties().get("autonomy:project"));
  }

  /**
   * The project itself: its declared license (the top-level project's, else the one its own
   * modules declare, which they inherit), and the facts of the scan (was everything read?).
   */
  Item project() {
    Component p = inventory.project();
    List<Component> own = inventory.components().stream().filter(Items::own).toList();
    LicenseInfo license = p.license() != null && p.license().isKnown() ? p.license()
        : own.stream().map(Component::license).filter(l -> l != null && l.isKnown()).findFirst()
            .orElse(LicenseInfo.unknown());
    Facts.Builder facts = Facts.builder();
    componentFacts(facts, p);
    vendorFacts(facts, p.vendor());
    licenseFacts(facts, license);
    nl.autonomy.core.model.UnreadParts unread = nl.autonomy.core.model.UnreadParts.of(inventory);
    facts.put(SCAN_COMPLETE, inventory.complete())
        .put(SCAN_UNREAD, unread.isEmpty() ? null
            : AutonomyAnswer.unread(unread, nl.autonomy.core.Messages.english()))
        .number(SCAN_ERROR_COUNT, inventory.problems().stream()
            .filter(x -> x.severity() == nl.autonomy.core.model.Problem.Severity.ERROR).count())
        .number(SCAN_COMPONENT_COUNT, inventory.components().stream().filter(c -> !own(c)).count());
    euCsfFacts(facts);
    DependsOnCheck publicCode = new DependsOnCheck(inventory);
    facts.put(PUBLICCODE_PRESENT, publicCode.applies()).putAll(PUBLICCODE_NOT_FOUND, publicCode.notFound());
    SupplierSbomFacts.project(facts, inventory.suppliedSboms());
    List<Evidence> evidence = java.util.stream.Stream.concat(inventory.problems().stream()
        .filter(x -> x.severity() == nl.autonomy.core.model.Problem.Severity.ERROR && x.location() != null)
        .map(x -> Evidence.manifest(x.source(), x.location(), x.message())),
        SupplierSbomFacts.evidence(inventory.suppliedSboms()).stream())
        .distinct().sorted().limit(20).toList();
    Subject subject = new Subject(Subject.Kind.PROJECT, p.ref(), p.coordinates(), Scope.RUNTIME);
    return new Item(Target.PROJECT, subject, facts.build(), evidence, List.of());
  }

  /** The EU Cloud Sovereignty Framework estimate as numbers rules can gate on. */
  private void euCsfFacts(Facts.Builder facts) {
    EuCsfEstimate estimate = EuCsfEstimator.estimate(inventory);
    facts.number(EU_CSF_LEVEL, estimate.level());
    Map<String, Attribute> byObjective = Map.of("SOV-2", EU_CSF_SOV_2, "SOV-3", EU_CSF_SOV_3,
        "SOV-4", EU_CSF_SOV_4, "SOV-5", EU_CSF_SOV_5, "SOV-6", EU_CSF_SOV_6, "SOV-7", EU_CSF_SOV_7);
    for (ObjectiveEstimate o : estimate.objectives()) {
      Attribute a = byObjective.get(o.id());
      if (a != null && o.level() != null) {
        facts.number(a, o.level());
      }
    }
  }

  List<Item> components() {
    Map<String, Service> servicesById = inventory.services().stream()
        .collect(Collectors.toMap(Service::id, Function.identity(), (a, b) -> a));
    List<Item> items = new ArrayList<>();
    Map<String, nl.autonomy.core.quality.SbomTruth.Verdict> truth = nl.autonomy.core.quality.SbomTruth.of(inventory);
    for (Component c : inventory.components()) {
      if (own(c)) {
        continue;
      }
      List<Service> services = c.services().stream().map(servicesById::get).filter(Objects::nonNull).toList();
      Facts.Builder facts = Facts.builder();
      componentFacts(facts, c);
      vendorFacts(facts, c.vendor());
      licenseFacts(facts, c.license());
      evidenceFacts(facts, c.evidence());
      // both sides of a disagreement with the supplier's SBOM: the delivered jar and the SBOM's entry
      List<Evidence> evidence = SupplierSbomFacts.component(facts, truth.get(c.ref()), c, componentsByRef);
      Subject subject = new Subject(Subject.Kind.COMPONENT, c.ref(), c.coordinates(), c.scope());
      items.add(new Item(Target.COMPONENT, subject, facts.build(), evidence, services));
    }
    return items;
  }

  List<Item> services() {
    DependsOnCheck publicCode = new DependsOnCheck(inventory);
    List<Item> items = new ArrayList<>();
    for (Service s : inventory.services()) {
      List<Component> clients = s.components().stream().map(componentsByRef::get).filter(Objects::nonNull).toList();
      Scope scope = scopeOf(s, clients);
      List<Evidence> evidence = Stream.concat(s.evidence().stream(), clients.stream()
          .flatMap(c -> c.evidence().stream())).distinct().sorted().toList();
      Facts.Builder facts = Facts.builder()
          .put(SERVICE_ID, s.id())
          .put(SERVICE_NAME, s.name())
          .put(SERVICE_VENDOR, s.vendorId())
          .put(SERVICE_CATEGORY, s.category())
          .put(SERVICE_LOCK_IN, s.lockIn().id())
          .putAll(SERVICE_SCOPE, usedScopes(s, clients))
          .putAll(SERVICE_ENDPOINT, s.endpoints())
          .put(SERVICE_SELF_HOSTED, selfHosted(s.endpoints()))
          .put(SERVICE_USAGE, s.depth() == null ? null : s.depth().usage().id())
          .putAll(SERVICE_ALTERNATIVE, s.alternatives())
          .put(SERVICE_STANDARD, s.standard())
          .put(SERVICE_HAS_ALTERNATIVE, !s.alternatives().isEmpty())
          .put(SERVICE_HAS_STANDARD, s.standard() != null && !s.standard().isBlank())
          .number(SERVICE_ALTERNATIVE_COUNT, s.alternatives().size())
          .number(SERVICE_ENDPOINT_COUNT, s.endpoints().size())
          .number(SERVICE_COMPONENT_COUNT, s.components().size())
          .put(SERVICE_VENDOR_RUN, DependsOnCheck.vendorRun(s))
          .put(SERVICE_DECLARED_IN_PUBLICCODE, publicCode.declared(s).orElse(null));
      clients.forEach(c -> componentFacts(facts, c));
      vendorFacts(facts, s.vendorId() == null ? null : vendors.vendor(s.vendorId())
          .orElse(new VendorRef(s.vendorId(), null, null, null, List.of(), null,
              VendorBasis.CATALOG)));
      evidenceFacts(facts, evidence);
      Subject subject = new Subject(Subject.Kind.SERVICE, s.id(), s.name(), scope);
      items.add(new Item(Target.SERVICE, subject, facts.build(), evidence, List.of(s)));
    }
    return items;
  }

  /** Seen, and only at hosts the organisation runs itself ({@code own-hosts} of the policy). */
  private boolean selfHosted(List<String> endpoints) {
    return !endpoints.isEmpty() && endpoints.stream().map(Items::host)
        .allMatch(host -> ownHosts.stream().anyMatch(glob -> Glob.matches(glob, host)));
  }

  /** {@code https://minio.gemeente.example:9000/bucket} becomes {@code minio.gemeente.example}. */
  static String host(String endpoint) {
    String h = endpoint.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    h = h.replaceFirst("^[^@/]*@", "");
    int end = h.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = h.indexOf(c);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    h = h.substring(0, end);
    return h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1) : h.replaceFirst(":\\d+$", "");
  }

  /** The widest scope a service is used in: a service reached from shipped code ships. */
  static Scope scopeOf(Service service, Collection<Component> clients) {
    return usedScopes(service, clients).stream().min(Comparator.naturalOrder()).orElse(Scope.RUNTIME);
  }

  private static List<Scope> usedScopes(Service service, Collection<Component> clients) {
    return Stream.concat(clients.stream().map(Component::scope), service.evidence().stream().map(Evidence::scope))
        .distinct().sorted().toList();
  }

  private static void componentFacts(Facts.Builder facts, Component c) {
    facts.put(COMPONENT_REF, c.ref())
        .put(COMPONENT_PURL, c.purl())
        .put(COMPONENT_ECOSYSTEM, c.ecosystem().id())
        .put(COMPONENT_GROUP, c.group())
        .put(COMPONENT_NAME, c.name())
        .put(COMPONENT_VERSION, c.version())
        .put(COMPONENT_SCOPE, c.scope().id())
        .put(COMPONENT_DIRECT, c.direct())
        .put(COMPONENT_OPTIONAL, c.optional())
        .put(COMPONENT_CHECKSUM, c.properties().get("autonomy:checksum"));
  }

  private static void vendorFacts(Facts.Builder facts, VendorRef vendor) {
    VendorRef v = vendor == null ? VendorRef.unknown() : vendor;
    facts.put(VENDOR_KNOWN, v.isKnown())
        .put(VENDOR_BASIS, v.basis().id())
        .put(VENDOR_EU_JURISDICTION, Jurisdictions.allInsideEu(v.jurisdictions()))
        .put(VENDOR_NON_EU_JURISDICTION, Jurisdictions.anyOutsideEu(v.jurisdictions()));
    if (v.isKnown()) {
      facts.put(VENDOR_ID, v.id())
          .put(VENDOR_NAME, v.name())
          .put(VENDOR_OWNER, v.owner())
          .put(VENDOR_COUNTRY, v.country())
          .putAll(VENDOR_JURISDICTION, v.jurisdictions());
    }
  }

  private static void licenseFacts(Facts.Builder facts, LicenseInfo license) {
    LicenseInfo l = license == null ? LicenseInfo.unknown() : license;
    facts.put(LICENSE_EXPRESSION, l.expression())
        .put(LICENSE_CATEGORY, l.category().id())
        .put(LICENSE_BASIS, l.basis())
        .put(LICENSE_KNOWN, l.isKnown())
        .put(LICENSE_OPEN_SOURCE, l.category().isOpenSource());
  }

  private static void evidenceFacts(Facts.Builder facts, List<Evidence> evidence) {
    for (Evidence e : evidence) {
      facts.put(EVIDENCE_KIND, e.kind().id())
          .put(EVIDENCE_DETECTOR, e.detector())
          .put(EVIDENCE_FILE, e.location().file())
          .put(EVIDENCE_SCOPE, e.scope().id());
    }
    facts.number(EVIDENCE_COUNT, evidence.size());
  }
}

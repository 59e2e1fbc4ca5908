package nl.autonomy.core.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceDepth;
import nl.autonomy.core.model.VendorRef;

/**
 * Compares two results: components added, removed and at another version; license and vendor
 * changes of the same package; vendors, services and lock-in gained and lost; the score, the
 * verdict and the findings. Pure and deterministic: no I/O, every list sorted.
 *
 * <p>What a side cannot tell is said, never guessed: an SBOM holds no assessment, so score,
 * verdict and findings are then not compared ({@code null}, not empty); a side that could not be
 * read in full may miss components that were not removed.
 */
public final class ChangeEngine {

  private static final Comparator<ComponentRef> COMPONENT_ORDER = Comparator.comparing(ComponentRef::identity)
      .thenComparing(ComponentRef::version, Comparator.nullsFirst(ComponentPairing::compareVersions))
      .thenComparing(ComponentRef::ref);

  private ChangeEngine() {
  }

  public static Changes compare(DiffInput from, DiffInput to) {
    Inventory a = from.result().inventory();
    Inventory b = to.result().inventory();
    ComponentPairing.Result paired = ComponentPairing.pair(a.components(), b.components());

    List<ComponentRef> added = paired.added().stream().map(ChangeEngine::ref).sorted(COMPONENT_ORDER).toList();
    List<ComponentRef> removed = paired.removed().stream().map(ChangeEngine::ref).sorted(COMPONENT_ORDER).toList();
    List<VersionChange> versions = new ArrayList<>();
    List<LicenseChange> licenses = new ArrayList<>();
    List<VendorChange> vendorChanges = new ArrayList<>();
    for (ComponentPairing.Pair p : paired.pairs()) {
      Component o = p.from();
      Component n = p.to();
      if (!Objects.equals(o.version(), n.version())) {
        versions.add(new VersionChange(p.identity(), n.ecosystem().purlType(), n.coordinates(), o.version(),
            n.version(), direction(o.version(), n.version()), o.ref(), n.ref()));
      }
      licenseChange(p.identity(), o, n).ifPresent(licenses::add);
      vendorChange(p.identity(), o, n).ifPresent(vendorChanges::add);
    }
    versions.sort(Comparator.comparing(VersionChange::identity).thenComparing(VersionChange::toRef));
    licenses.sort(Comparator.comparing(LicenseChange::identity)
        .thenComparing(LicenseChange::toVersion, Comparator.nullsFirst(ComponentPairing::compareVersions)));
    vendorChanges.sort(Comparator.comparing(VendorChange::identity)
        .thenComparing(VendorChange::version, Comparator.nullsFirst(Comparator.naturalOrder())));

    Map<String, VendorSummary> vendorsA = vendors(a);
    Map<String, VendorSummary> vendorsB = vendors(b);
    List<VendorSummary> newVendors = onlyIn(vendorsB, vendorsA);
    List<VendorSummary> lostVendors = onlyIn(vendorsA, vendorsB);

    Map<String, ServiceRef> servicesA = services(a);
    Map<String, ServiceRef> servicesB = services(b);
    List<ServiceRef> gained = onlyIn(servicesB, servicesA);
    List<ServiceRef> lost = onlyIn(servicesA, servicesB);
    boolean depthOnBoth = from.kind().hasServiceDepth() && to.kind().hasServiceDepth();
    List<ServiceChange> servicesChanged = new ArrayList<>();
    for (Map.Entry<String, ServiceRef> e : servicesB.entrySet()) {
      ServiceRef old = servicesA.get(e.getKey());
      if (old != null) {
        serviceChange(old, e.getValue(), depthOnBoth).ifPresent(servicesChanged::add);
      }
    }
    List<String> newLockIn = lockInOnlyIn(servicesB, servicesA);
    List<String> removedLockIn = lockInOnlyIn(servicesA, servicesB);

    Assessment x = from.result().assessment();
    Assessment y = to.result().assessment();
    ScoreChange score = null;
    VerdictChange verdict = null;
    List<FindingRef> newFindings = null;
    List<FindingRef> resolvedFindings = null;
    if (x != null && y != null) {
      score = score(x, y);
      verdict = new VerdictChange(x.verdict(), y.verdict());
      newFindings = findingsOnlyIn(y, x);
      resolvedFindings = findingsOnlyIn(x, y);
    }

    int upgraded = (int) versions.stream().filter(v -> v.direction() == VersionDirection.UPGRADE).count();
    int downgraded = (int) versions.stream().filter(v -> v.direction() == VersionDirection.DOWNGRADE).count();
    int relicensed = (int) licenses.stream().filter(l -> l.kind() == LicenseChangeKind.RELICENSED).count();
    int restrictive = (int) licenses.stream().filter(LicenseChange::restricts).count();
    ChangeCounts counts = new ChangeCounts(added.size(), removed.size(), versions.size(), upgraded, downgraded,
        relicensed, restrictive, licenses.size(), vendorChanges.size(), newVendors.size(), lostVendors.size(),
        gained.size(), lost.size(), servicesChanged.size(), newLockIn.size(), removedLockIn.size(),
        newFindings == null ? null : newFindings.size(), resolvedFindings == null ? null : resolvedFindings.size());

    return new Changes(side(from), side(to), counts, added, removed, versions, licenses, vendorChanges,
        newVendors, lostVendors, gained, lost, servicesChanged, newLockIn, removedLockIn, score, verdict,
        newFindings, resolvedFindings, notes(from, to));
  }

  static VersionDirection direction(String from, String to) {
    if (from == null || to == null) {
      return VersionDirection.OTHER;
    }
    int c = nl.autonomy.core.catalog.Versions.compare(from, to);
    return c < 0 ? VersionDirection.UPGRADE : c > 0 ? VersionDirection.DOWNGRADE : VersionDirection.OTHER;
  }

  private static ComponentRef ref(Component c) {
    LicenseInfo l = license(c);
    return new ComponentRef(c.ref(), PackageIdentity.of(c), c.ecosystem().purlType(), c.coordinates(), c.version(),
        c.scope(), vendorId(c.vendor()), l.expression(), l.category());
  }

  private static LicenseInfo license(Component c) {
    return c.license() == null ? LicenseInfo.unknown() : c.license();
  }

  private static String vendorId(VendorRef v) {
    return v == null || !v.isKnown() ? null : v.id();
  }

  static java.util.Optional<LicenseChange> licenseChange(String identity, Component o, Component n) {
    LicenseInfo a = license(o);
    LicenseInfo b = license(n);
    if (a.category() == b.category() && Objects.equals(a.expression(), b.expression())) {
      return java.util.Optional.empty();
    }
    boolean knownA = a.isKnown() && a.category() != LicenseCategory.UNKNOWN;
    boolean knownB = b.isKnown() && b.category() != LicenseCategory.UNKNOWN;
    LicenseChangeKind kind;
    Restriction direction = null;
    if (knownA && knownB && a.category() != b.category()) {
      kind = LicenseChangeKind.RELICENSED;
      // LicenseCategory is declared from most to least free
      direction = b.category().ordinal() > a.category().ordinal()
          ? Restriction.MORE_RESTRICTIVE : Restriction.LESS_RESTRICTIVE;
    } else if (knownA && !knownB) {
      kind = LicenseChangeKind.NOW_UNKNOWN;
    } else if (!knownA && knownB) {
      kind = LicenseChangeKind.NOW_KNOWN;
    } else {
      kind = LicenseChangeKind.CHANGED;
    }
    return java.util.Optional.of(new LicenseChange(identity, n.coordinates(), o.version(), n.version(),
        a.expression(), b.expression(), a.category(), b.category(), kind, direction));
  }

  private static java.util.Optional<VendorChange> vendorChange(String identity, Component o, Component n) {
    String a = vendorId(o.vendor());
    String b = vendorId(n.vendor());
    if (Objects.equals(a, b)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new VendorChange(identity, n.coordinates(), n.version(),
        a == null ? "unknown" : a, a == null ? null : o.vendor().name(),
        b == null ? "unknown" : b, b == null ? null : n.vendor().name()));
  }

  /** The known vendors of a side: of its components and of its services' providers. */
  private static Map<String, VendorSummary> vendors(Inventory inv) {
    Map<String, VendorRef> refs = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Set<String>> services = new TreeMap<>();
    for (Component c : inv.components()) {
      if (c.vendor() != null && c.vendor().isKnown()) {
        refs.putIfAbsent(c.vendor().id(), c.vendor());
        counts.merge(c.vendor().id(), 1, Integer::sum);
      }
    }
    for (Service s : inv.services()) {
      String id = s.provider() != null && s.provider().isKnown() ? s.provider().id() : s.vendorId();
      if (id == null || id.isBlank()) {
        continue;
      }
      if (s.provider() != null && s.provider().isKnown()) {
        refs.putIfAbsent(id, s.provider());
      }
      services.computeIfAbsent(id, k -> new TreeSet<>()).add(s.id());
    }
    Set<String> ids = new TreeSet<>(refs.keySet());
    ids.addAll(services.keySet());
    Map<String, VendorSummary> out = new LinkedHashMap<>();
    for (String id : ids) {
      VendorRef v = refs.get(id);
      out.put(id, new VendorSummary(id, v == null ? id : v.name(), v == null ? null : v.country(),
          v == null ? List.of() : v.jurisdictions(), v == null ? null : v.basis(), counts.getOrDefault(id, 0),
          List.copyOf(services.getOrDefault(id, Set.of()))));
    }
    return out;
  }

  private static Map<String, ServiceRef> services(Inventory inv) {
    Map<String, ServiceRef> out = new TreeMap<>();
    for (Service s : inv.services()) {
      ServiceDepth d = s.depth();
      out.put(s.id(), new ServiceRef(s.id(), s.name(), s.vendorId(), s.category(), s.lockIn(),
          d == null ? null : d.usage(), d == null ? null : d.effort(), d == null ? null : d.files(),
          d == null ? null : d.runtimeFiles()));
    }
    return out;
  }

  private static java.util.Optional<ServiceChange> serviceChange(ServiceRef a, ServiceRef b, boolean depthOnBoth) {
    List<String> changed = new ArrayList<>();
    if (a.lockIn() != b.lockIn()) {
      changed.add("lockIn");
    }
    // without depth on both sides a missing depth is not a change
    if (depthOnBoth) {
      compare(changed, "usage", a, b, ServiceRef::usage);
      compare(changed, "effort", a, b, ServiceRef::effort);
      compare(changed, "files", a, b, ServiceRef::files);
      compare(changed, "runtimeFiles", a, b, ServiceRef::runtimeFiles);
    }
    return changed.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new ServiceChange(b.id(), b.name(), a, b, changed));
  }

  private static void compare(List<String> changed, String name, ServiceRef a, ServiceRef b,
      Function<ServiceRef, Object> field) {
    if (!Objects.equals(field.apply(a), field.apply(b))) {
      changed.add(name);
    }
  }

  private static <T> List<T> onlyIn(Map<String, T> here, Map<String, T> there) {
    return here.entrySet().stream().filter(e -> !there.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
  }

  private static List<String> lockInOnlyIn(Map<String, ServiceRef> here, Map<String, ServiceRef> there) {
    return here.values().stream()
        .filter(ServiceRef::lockedIn)
        .filter(s -> there.get(s.id()) == null || !there.get(s.id()).lockedIn())
        .map(ServiceRef::id).toList();
  }

  private static ScoreChange score(Assessment x, Assessment y) {
    Map<Aspect, Double> a = aspects(x);
    Map<Aspect, Double> b = aspects(y);
    List<AspectChange> aspects = new ArrayList<>();
    for (Aspect aspect : Aspect.values()) {
      Double from = a.get(aspect);
      Double to = b.get(aspect);
      if (from != null || to != null) {
        aspects.add(new AspectChange(aspect, from, to, from == null || to == null ? null : round(to - from)));
      }
    }
    return new ScoreChange(x.score().overall(), y.score().overall(), round(y.score().overall() - x.score().overall()),
        aspects, x.score().partial(), y.score().partial());
  }

  private static Map<Aspect, Double> aspects(Assessment a) {
    Map<Aspect, Double> out = new EnumMap<>(Aspect.class);
    for (AspectScore s : a.score().aspects()) {
      out.put(s.aspect(), s.score());
    }
    return out;
  }

  /** One decimal, as report.json keeps scores: 62.5 - 40.2 is 22.3, not 22.299999999999997. */
  static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }

  /**
   * The findings of {@code here} with no counterpart in {@code there}, matched by fingerprint (rule
   * and version-free subject, so an upgrade does not make a finding new). A grouped finding also
   * matches by the fingerprints of its subjects, as {@code --baseline} does.
   */
  private static List<FindingRef> findingsOnlyIn(Assessment here, Assessment there) {
    Set<String> known = new HashSet<>();
    for (Finding f : there.findings()) {
      known.add(key(f));
      known.add(subjectKey(f.ruleId(), f.subject()));
      f.subjects().forEach(s -> known.add(subjectKey(f.ruleId(), s)));
    }
    return here.findings().stream()
        .filter(f -> !known.contains(key(f)) && !known.contains(subjectKey(f.ruleId(), f.subject())))
        .map(f -> new FindingRef(key(f), f.ruleId(), f.severity(), f.aspect(), f.subject().name(), f.subject().ref(),
            Math.max(1, f.subjects().size()), f.message()))
        .sorted(Comparator.comparing((FindingRef r) -> -r.severity().ordinal())
            .thenComparing(FindingRef::ruleId).thenComparing(r -> String.valueOf(r.subjectRef()))
            .thenComparing(FindingRef::fingerprint))
        .toList();
  }

  private static String key(Finding f) {
    return f.fingerprint() != null ? f.fingerprint() : subjectKey(f.ruleId(), f.subject());
  }

  /** Rule and version-free subject: matches a finding written without fingerprint, or one subject of a grouped one. */
  private static String subjectKey(String ruleId, nl.autonomy.core.model.Subject s) {
    return ruleId + "|" + s.kind().id() + "|" + (s.ref() == null ? s.name() : PackageIdentity.ofRef(s.ref()));
  }

  private static Side side(DiffInput in) {
    Inventory inv = in.result().inventory();
    Assessment a = in.result().assessment();
    return new Side(in.label(), in.kind(), inv.provenance().source(), inv.provenance().gitCommit(),
        java.time.Instant.EPOCH.equals(inv.provenance().timestamp()) ? null : inv.provenance().timestamp(),
        "unknown".equals(inv.provenance().toolVersion()) ? null : inv.provenance().toolVersion(), a == null ? null : a.policyId(),
        a == null ? null : a.policyDigest(), inv.complete(), inv.components().size(), inv.services().size());
  }

  private static List<ChangeNote> notes(DiffInput from, DiffInput to) {
    List<ChangeNote> notes = new ArrayList<>();
    for (DiffInput side : List.of(from, to)) {
      if (side.result().assessment() == null) {
        notes.add(new ChangeNote("no-assessment", name(side, from) + " (" + side.label() + ") holds no assessment ("
            + side.kind().id() + "): score, verdict and findings are not compared"));
      }
    }
    Assessment x = from.result().assessment();
    Assessment y = to.result().assessment();
    if (x != null && y != null && !x.policyDigest().equals(y.policyDigest())) {
      notes.add(new ChangeNote("different-policy", "the two sides were judged under different policies ("
          + x.policyId() + " " + shortDigest(x.policyDigest()) + ", " + y.policyId() + " "
          + shortDigest(y.policyDigest()) + "): score, verdict and findings may differ because of the policy"));
    }
    for (DiffInput side : List.of(from, to)) {
      long errors = side.result().inventory().problems().stream()
          .filter(p -> p.severity() == Problem.Severity.ERROR).count();
      if (errors > 0) {
        String what = side == from ? "a component NEW adds may have been there already, unread"
            : "a component missing from NEW may be unread rather than removed";
        notes.add(new ChangeNote("incomplete", name(side, from) + " (" + side.label() + ") could not be read in full ("
            + errors + (errors == 1 ? " problem" : " problems") + "): " + what));
      }
    }
    if (!from.kind().hasServiceDepth() || !to.kind().hasServiceDepth()) {
      notes.add(new ChangeNote("no-depth", "a CycloneDX SBOM does not carry how deep a service reaches: "
          + "changes of usage, exit effort and files are not compared"));
    }
    return notes;
  }

  private static String name(DiffInput side, DiffInput from) {
    return side == from ? "OLD" : "NEW";
  }

  private static String shortDigest(String digest) {
    return digest.length() > 19 ? digest.substring(0, 19) : digest;
  }
}

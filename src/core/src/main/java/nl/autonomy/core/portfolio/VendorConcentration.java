package nl.autonomy.core.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;

/**
 * Vendor concentration over the applications' latest runs: how many applications depend on each
 * vendor, through which services, how deep (files, occurrences, largest exit effort). Component
 * vendors count only where the catalog names them: a vendor derived from a namespace
 * ({@code org.apache}) is a clue, not an exposure the city can act on.
 */
final class VendorConcentration {

  private VendorConcentration() {
  }

  static List<VendorExposure> of(Map<String, ScanResult> latestByApp) {
    Map<String, Acc> acc = new TreeMap<>();
    for (var e : latestByApp.entrySet()) {
      String app = e.getKey();
      for (Service s : e.getValue().inventory().services()) {
        Acc a = acc.computeIfAbsent(vendorId(s), k -> new Acc(s.provider(), vendorName(s)));
        a.applications.add(app);
        a.services.add(s.name());
        if (s.depth() != null) {
          a.files += s.depth().files();
          a.occurrences += s.depth().occurrences();
          a.deepest = a.deepest == null || s.depth().effort().compareTo(a.deepest) > 0 ? s.depth().effort() : a.deepest;
        }
      }
      for (Component c : runtime(e.getValue())) {
        VendorRef v = c.vendor();
        if (v != null && v.basis() == VendorBasis.CATALOG) {
          Acc a = acc.computeIfAbsent(v.id(), k -> new Acc(v, v.name()));
          a.applications.add(app);
          a.components++;
        }
      }
    }
    List<VendorExposure> out = new ArrayList<>();
    acc.forEach((id, a) -> out.add(new VendorExposure(id, a.name,
        a.ref == null ? List.of() : a.ref.jurisdictions(), List.copyOf(a.applications), List.copyOf(a.services),
        a.files, a.occurrences, a.deepest, a.components)));
    out.sort(Comparator.comparingInt((VendorExposure v) -> -v.applications().size())
        .thenComparingInt(v -> -v.services().size()).thenComparingInt(v -> -v.occurrences())
        .thenComparing(VendorExposure::vendorId));
    return out;
  }

  /** What ships and runs, without the scanned project's own modules (the same filter as the reports'). */
  static List<Component> runtime(ScanResult result) {
    return result.inventory().components().stream()
        .filter(c -> c.scope() == Scope.RUNTIME)
        .filter(c -> !c.own()).toList();
  }

  static String vendorId(Service s) {
    return s.provider() != null ? s.provider().id() : s.vendorId() != null ? s.vendorId() : "unknown";
  }

  static String vendorName(Service s) {
    return s.provider() != null ? s.provider().name() : s.vendorId() != null ? s.vendorId() : "unknown";
  }

  private static final class Acc {
    final VendorRef ref;
    final String name;
    final TreeSet<String> applications = new TreeSet<>();
    final TreeSet<String> services = new TreeSet<>();
    int files;
    int occurrences;
    ExitEffort deepest;
    int components;

    Acc(VendorRef ref, String name) {
      this.ref = ref;
      this.name = name;
    }
  }
}

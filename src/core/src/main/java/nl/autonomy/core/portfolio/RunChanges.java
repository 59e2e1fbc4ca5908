package nl.autonomy.core.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.diff.ChangeEngine;
import nl.autonomy.core.diff.Changes;
import nl.autonomy.core.diff.DiffInput;
import nl.autonomy.core.diff.InputKind;
import nl.autonomy.core.diff.LicenseChangeKind;
import nl.autonomy.core.diff.ServiceRef;
import nl.autonomy.core.diff.VendorSummary;

/**
 * "What changed since the previous run", per application: the change engine of
 * {@code autonomy diff} applied to each application's last two runs.
 */
final class RunChanges {

  private RunChanges() {
  }

  static List<ApplicationChange> of(Map<String, List<RunSummary>> byApp, Map<String, ScanResult> results) {
    List<ApplicationChange> out = new ArrayList<>();
    for (var e : byApp.entrySet()) {
      List<RunSummary> history = e.getValue();
      if (history.size() < 2) {
        continue;
      }
      RunSummary from = history.get(history.size() - 2);
      RunSummary to = history.get(history.size() - 1);
      ScanResult old = results.get(from.runId());
      ScanResult now = results.get(to.runId());
      if (old == null || now == null) {
        continue;
      }
      Changes c = ChangeEngine.compare(new DiffInput("run:" + from.runId(), InputKind.RUN, old),
          new DiffInput("run:" + to.runId(), InputKind.RUN, now));
      Map<String, String> names = new java.util.TreeMap<>();
      old.inventory().services().forEach(s -> names.put(s.id(), s.name()));
      now.inventory().services().forEach(s -> names.put(s.id(), s.name()));
      out.add(new ApplicationChange(e.getKey(), from.runId(), to.runId(), from.scannedAt(), to.scannedAt(),
          c.newLockIn().stream().map(id -> names.getOrDefault(id, id)).toList(),
          c.removedLockIn().stream().map(id -> names.getOrDefault(id, id)).toList(),
          c.licenses().stream().filter(l -> l.kind() == LicenseChangeKind.RELICENSED).toList(),
          c.newVendors().stream().map(VendorSummary::name).toList(),
          c.servicesGained().stream().map(ServiceRef::name).toList(),
          c.servicesLost().stream().map(ServiceRef::name).toList(),
          c.score() == null ? null : c.score().delta(), c.counts()));
    }
    return out;
  }
}

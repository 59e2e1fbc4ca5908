package nl.autonomy.core.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.VendorBasis;

/**
 * Builds the dashboard's {@link Portfolio} from the ledger's run summaries and the scan results of
 * each application's latest run. The city's score is the mean of its applications' latest scores,
 * each weighted by its business criticality ({@link Criticality#weightOf}); an application whose
 * latest run has no answer is counted beside the score, never as 0 or 100.
 */
public final class PortfolioBuilder {

  static final int TOP_VENDORS = 3;
  static final int EXITS = 15;

  private PortfolioBuilder() {
  }

  /**
   * @param runs every run in the ledger
   * @param latest the scan results of each application's latest run, by run id, and of its
   *     previous run where "what changed" is wanted
   */
  public static Portfolio build(List<RunSummary> runs, Map<String, ScanResult> latest) {
    Map<String, List<RunSummary>> byApp = new TreeMap<>();
    for (RunSummary r : runs) {
      byApp.computeIfAbsent(r.application().name(), k -> new ArrayList<>()).add(r);
    }
    byApp.values().forEach(l -> l.sort(ORDER));
    List<CityScore> timeline = timeline(byApp);
    List<ApplicationView> apps = new ArrayList<>();
    Map<String, Integer> weights = new TreeMap<>();
    for (var e : byApp.entrySet()) {
      List<RunSummary> history = e.getValue();
      RunSummary last = history.get(history.size() - 1);
      weights.put(e.getKey(), Criticality.weightOf(last.application().criticality()));
      apps.add(application(last, history, latest.get(last.runId())));
    }
    Map<String, ScanResult> latestByApp = new TreeMap<>();
    for (var e : byApp.entrySet()) {
      RunSummary last = e.getValue().get(e.getValue().size() - 1);
      ScanResult result = latest.get(last.runId());
      if (result != null) {
        latestByApp.put(e.getKey(), result);
      }
    }
    Instant asOf = runs.stream().map(RunSummary::scannedAt).max(Comparator.naturalOrder()).orElse(null);
    return new Portfolio(asOf, runs.size(), timeline.isEmpty() ? null : timeline.get(timeline.size() - 1), timeline,
        apps, VendorConcentration.of(latestByApp), CheapestExits.of(latestByApp, weights), CheapestExits.BASIS,
        RunChanges.of(byApp, latest));
  }

  /** Oldest first; the run id breaks ties so the order never depends on the database. */
  static final Comparator<RunSummary> ORDER =
      Comparator.comparing(RunSummary::scannedAt).thenComparing(RunSummary::runId);

  private static List<CityScore> timeline(Map<String, List<RunSummary>> byApp) {
    TreeSet<LocalDate> days = new TreeSet<>();
    byApp.values().forEach(l -> l.forEach(r -> days.add(day(r.scannedAt()))));
    boolean weighted = byApp.values().stream().flatMap(List::stream)
        .anyMatch(r -> r.application().criticality() != null);
    List<CityScore> points = new ArrayList<>();
    Map<String, Integer> cursor = new TreeMap<>();
    for (LocalDate d : days) {
      List<RunSummary> current = new ArrayList<>();
      for (var e : byApp.entrySet()) {
        List<RunSummary> history = e.getValue();
        int i = cursor.getOrDefault(e.getKey(), -1);
        while (i + 1 < history.size() && !day(history.get(i + 1).scannedAt()).isAfter(d)) {
          i++;
        }
        cursor.put(e.getKey(), i);
        if (i >= 0) {
          current.add(history.get(i));
        }
      }
      points.add(city(d, current, weighted));
    }
    return points;
  }

  static CityScore city(LocalDate day, List<RunSummary> current, boolean weighted) {
    double total = 0;
    double[] sums = new double[4];
    int answered = 0;
    int partial = 0;
    int components = 0;
    int vendor = 0;
    int license = 0;
    for (RunSummary r : current) {
      components += r.coverage().components();
      vendor += r.coverage().withVendor();
      license += r.coverage().withLicense();
      if (!r.answered()) {
        continue;
      }
      answered++;
      partial += r.partial() ? 1 : 0;
      int w = Criticality.weightOf(r.application().criticality());
      total += w;
      sums[0] += w * r.scores().overall();
      for (Aspect a : Aspect.values()) {
        sums[1 + a.ordinal()] += w * r.scores().of(a);
      }
    }
    AspectScores scores = answered == 0 ? null
        : new AspectScores(sums[0] / total, sums[1] / total, sums[2] / total, sums[3] / total);
    return new CityScore(day, current.size(), answered, partial, weighted, scores, components,
        components == 0 ? 1 : (double) vendor / components, components == 0 ? 1 : (double) license / components);
  }

  private static ApplicationView application(RunSummary last, List<RunSummary> history, ScanResult result) {
    List<ApplicationView.TrendPoint> trend = history.stream()
        .map(r -> new ApplicationView.TrendPoint(r.scannedAt(), r.answered() ? r.scores().overall() : null)).toList();
    Double delta = null;
    if (last.answered()) {
      for (int i = history.size() - 2; i >= 0; i--) {
        if (history.get(i).answered()) {
          delta = last.scores().overall() - history.get(i).scores().overall();
          break;
        }
      }
    }
    List<String> services = result == null ? List.of()
        : result.inventory().services().stream().map(Service::name).distinct().sorted().toList();
    return new ApplicationView(last.application().name(), last.application().owner(), last.application().criticality(),
        last.runId(), last.scannedAt(), last.source(), last.revision(), last.scores(), last.verdict(), last.partial(),
        last.coverage().vendorShare(), services, result == null ? List.of() : topVendors(result), trend, delta);
  }

  /** Vendors of its services first (most services first), then of its catalog-known runtime components. */
  static List<String> topVendors(ScanResult result) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Service s : result.inventory().services()) {
      counts.computeIfAbsent(VendorConcentration.vendorName(s), k -> new int[2])[0]++;
    }
    for (Component c : VendorConcentration.runtime(result)) {
      if (c.vendor() != null && c.vendor().basis() == VendorBasis.CATALOG) {
        counts.computeIfAbsent(c.vendor().name(), k -> new int[2])[1]++;
      }
    }
    return counts.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
            .thenComparingInt(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
        .limit(TOP_VENDORS).map(Map.Entry::getKey).toList();
  }

  static LocalDate day(Instant t) {
    return t.atZone(ZoneOffset.UTC).toLocalDate();
  }
}

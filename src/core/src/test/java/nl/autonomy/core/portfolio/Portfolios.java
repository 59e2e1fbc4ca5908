package nl.autonomy.core.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ReportResults;

/** Generated ledgers: many applications with many runs each, their scores drifting over time. */
public final class Portfolios {

  private Portfolios() {
  }

  /** {@code apps} applications with {@code runsEach} runs each, one day apart, every third one critical. */
  public static Portfolio generated(int apps, int runsEach) {
    List<RunSummary> runs = new ArrayList<>();
    Map<String, ScanResult> latest = new TreeMap<>();
    ScanResult azure = ReportResults.springBootOnAzure();
    ScanResult plain = ReportResults.scannedFixture();
    Instant start = Instant.parse("2026-01-05T06:00:00Z");
    for (int a = 0; a < apps; a++) {
      Application app = new Application(String.format("Application %03d", a), "Team " + (a % 7),
          a % 3 == 0 ? Criticality.CRITICAL : a % 3 == 1 ? Criticality.LOW : null);
      for (int r = 0; r < runsEach; r++) {
        ScanResult result = a % 2 == 0 ? azure : plain;
        String id = String.format("%064x", (long) a * 10_000 + r);
        RunSummary base = RunSummary.of(id, app, "https://git.example.org/city/app-" + a + ".git", "c" + r,
            RunOrigin.SCAN, "sha256:catalog", result);
        double drift = Math.min(100, Math.max(0, (base.scores() == null ? 50 : base.scores().overall()) + (r - a % 5) * 1.5));
        RunSummary moved = new RunSummary(id, app, base.source(), base.sourceKind(), base.revision(),
            start.plusSeconds(86_400L * r + 60L * a), base.origin(), base.toolVersion(), base.policyId(),
            base.policyDigest(), base.catalogDigest(), base.verdict(), a % 11 == 0, new AspectScores(drift,
            Math.min(100, drift + 5), Math.max(0, drift - 10), Math.min(100, drift + 10)), base.coverage(),
            base.services(), base.proprietaryServices());
        runs.add(moved);
        if (r == runsEach - 1) {
          latest.put(id, result);
        }
      }
    }
    return PortfolioBuilder.build(runs, latest);
  }
}

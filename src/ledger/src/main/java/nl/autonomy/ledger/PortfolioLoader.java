package nl.autonomy.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.portfolio.Portfolio;
import nl.autonomy.core.portfolio.PortfolioBuilder;
import nl.autonomy.core.portfolio.RunSummary;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.report.ReportDocument;

/**
 * Reads what the dashboard needs from the ledger: every run's summary (the history) and the
 * report.json of each application's latest and previous run only (for "what changed"), so a ledger
 * of thousands of runs is read in one pass over small rows plus two documents per application.
 */
public final class PortfolioLoader {

  private static final ObjectMapper MAPPER = JsonSupport.newMapper();

  private PortfolioLoader() {
  }

  public static Portfolio load(Ledger ledger) {
    List<RunSummary> runs = ledger.runs();
    Map<String, RunSummary> latest = new TreeMap<>();
    Map<String, RunSummary> previous = new TreeMap<>();
    for (RunSummary r : runs) {
      // runs() is oldest first: the last one seen per application is its latest
      RunSummary before = latest.put(r.application().name(), r);
      if (before != null) {
        previous.put(r.application().name(), before);
      }
    }
    Map<String, ScanResult> results = new TreeMap<>();
    java.util.List<RunSummary> wanted = new java.util.ArrayList<>(latest.values());
    wanted.addAll(previous.values());
    for (RunSummary r : wanted) {
      String json = ledger.reportJson(r.runId()).orElseThrow();
      try {
        results.put(r.runId(), MAPPER.readValue(json, ReportDocument.class).result());
      } catch (IOException e) {
        throw new LedgerException("run " + r.runId() + " of " + r.application().name()
            + " holds a report.json this Autonomy cannot read: " + e.getMessage(), e);
      }
    }
    return PortfolioBuilder.build(runs, results);
  }
}

package nl.autonomy.ledger;

import java.util.Objects;
import nl.autonomy.core.portfolio.RunSummary;

/**
 * A run as the ledger keeps it: its summary (the columns) and its documents.
 *
 * @param summary provenance, scores and counts
 * @param reportJson the run's report.json
 * @param sbomJson the run's CycloneDX JSON SBOM, or null for an imported report (which carries none)
 */
public record StoredRun(RunSummary summary, String reportJson, String sbomJson) {

  public StoredRun {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(reportJson, "reportJson");
  }
}

package nl.autonomy.ledger;

import java.io.IOException;
import java.util.Optional;
import nl.autonomy.core.diff.DiffInput;
import nl.autonomy.core.diff.InputKind;
import nl.autonomy.core.diff.StoredRuns;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.report.ReportDocument;

/**
 * The ledger's runs for {@code autonomy diff run:ID run:ID}, found by {@code ServiceLoader}. The
 * ledger is the one {@code portfolio} uses without {@code --db}: {@code AUTONOMY_DB}, else
 * {@code ./autonomy-portfolio.db}; a run is named by its full id or an unambiguous prefix of it.
 */
public final class LedgerStoredRuns implements StoredRuns {

  @Override
  public Optional<DiffInput> run(String id) throws IOException {
    try (Ledger ledger = Ledger.open(LedgerLocation.resolve(null, System.getenv()))) {
      var matches = ledger.runs().stream().filter(r -> r.runId().startsWith(id)).toList();
      if (matches.size() > 1) {
        throw new IOException("run:" + id + " names " + matches.size() + " runs of the ledger: give more of the id");
      }
      if (matches.isEmpty()) {
        return Optional.empty();
      }
      String json = ledger.reportJson(matches.get(0).runId()).orElseThrow();
      ReportDocument doc = JsonSupport.newMapper().readValue(json, ReportDocument.class);
      return Optional.of(new DiffInput("run:" + matches.get(0).runId(), InputKind.RUN, doc.result()));
    } catch (LedgerException | IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}

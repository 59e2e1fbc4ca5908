package nl.autonomy.core.results;

import java.io.IOException;
import java.nio.file.Path;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.diff.ChangeEngine;
import nl.autonomy.core.diff.DiffInput;
import nl.autonomy.core.diff.InputKind;
import nl.autonomy.core.report.JsonSupport;

/**
 * {@code scan --baseline}: what changed since the earlier report, by the same engine as
 * {@code autonomy diff}, kept in the result as {@code changes} so every report can show it (the
 * re-check of a supplier's new release: new vendors, new services, relicensing).
 */
public final class BaselineChanges {

  private BaselineChanges() {
  }

  /**
   * The result with its changes since the baseline.
   *
   * @throws IOException when the baseline cannot be read (it was read once already to judge the
   *     findings, so this means it changed or vanished during the scan)
   */
  public static ScanResult attach(Path baseline, ScanResult current) throws IOException {
    DiffInput old = new DiffInput(String.valueOf(baseline.getFileName()), InputKind.REPORT_JSON,
        JsonSupport.readResult(baseline));
    DiffInput now = new DiffInput(current.inventory().provenance().source(), InputKind.SCAN, current);
    return current.withChanges(ChangeEngine.compare(old, now));
  }
}

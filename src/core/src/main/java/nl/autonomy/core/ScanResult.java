package nl.autonomy.core;

import java.util.List;
import java.util.Objects;
import nl.autonomy.core.diff.Changes;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.model.Inventory;

/**
 * The outcome of a scan: what was found and what the policy says about it. Serialisable, so a
 * saved result can be evaluated again or compared without scanning again.
 *
 * @param inventory components, services, edges, problems and provenance
 * @param durationMillis wall time of the scan
 * @param assessment findings, score and verdict; null only when no evaluation was requested
 * @param changes what changed since the baseline ({@code --baseline}); null without a baseline
 * @param waysOut every service by autonomy points gained per effort point, as {@code autonomy exit-plan
 *     --rank} ranks them (docs/exit-plans.md); null when not ranked (no evaluation, or a result
 *     written before ranking existed)
 */
public record ScanResult(Inventory inventory, long durationMillis, Assessment assessment, Changes changes,
    List<ExitOption> waysOut) {

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
    waysOut = waysOut == null ? null : List.copyOf(waysOut);
  }

  /** A result without baseline comparison and ranking. */
  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment) {
    this(inventory, durationMillis, assessment, null, null);
  }

  /** A result without evaluation. */
  public ScanResult(Inventory inventory, long durationMillis) {
    this(inventory, durationMillis, null, null, null);
  }

  public ScanResult withAssessment(Assessment value) {
    return new ScanResult(inventory, durationMillis, value, changes, waysOut);
  }

  public ScanResult withChanges(Changes value) {
    return new ScanResult(inventory, durationMillis, assessment, value, waysOut);
  }

  public ScanResult withWaysOut(List<ExitOption> value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, value);
  }
}

package nl.autonomy.core;

import java.util.Objects;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Inventory;

/**
 * The outcome of a scan: what was found and what the policy says about it. Serialisable, so a
 * saved result can be evaluated again or compared without scanning again.
 *
 * @param inventory components, services, edges, problems and provenance
 * @param durationMillis wall time of the scan
 * @param assessment findings, score and verdict; null only when no evaluation was requested
 * @param waysOut every service by autonomy points gained per effort point, as {@code autonomy exit-plan
 *     --rank} ranks them (docs/exit-plans.md); null when not ranked (no evaluation, or a result
 *     written before ranking existed)
 */
public record ScanResult(Inventory inventory, long durationMillis, Assessment assessment,
    java.util.List<nl.autonomy.core.model.ExitOption> waysOut) {

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
    waysOut = waysOut == null ? null : java.util.List.copyOf(waysOut);
  }

  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment) {
    this(inventory, durationMillis, assessment, null);
  }

  /** A result without evaluation. */
  public ScanResult(Inventory inventory, long durationMillis) {
    this(inventory, durationMillis, null, null);
  }

  public ScanResult withAssessment(Assessment value) {
    return new ScanResult(inventory, durationMillis, value, waysOut);
  }

  public ScanResult withWaysOut(java.util.List<nl.autonomy.core.model.ExitOption> value) {
    return new ScanResult(inventory, durationMillis, assessment, value);
  }
}

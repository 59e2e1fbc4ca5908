package nl.autonomy.core;

import java.util.List;
import java.util.Objects;
import nl.autonomy.core.diff.Changes;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Delivery;
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
 * @param delivery every delivered file with its size and SHA-256, when a report that shows it was
 *     asked for (the contract report); else null
 */
public record ScanResult(Inventory inventory, long durationMillis, Assessment assessment, Changes changes,
    List<ExitOption> waysOut, Delivery delivery) {

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
    waysOut = waysOut == null ? null : List.copyOf(waysOut);
  }

  /** A result without the delivered files listed. */
  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment, Changes changes,
      List<ExitOption> waysOut) {
    this(inventory, durationMillis, assessment, changes, waysOut, null);
  }

  /** A result without baseline comparison and ranking. */
  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment) {
    this(inventory, durationMillis, assessment, null, null, null);
  }

  /** A result without evaluation. */
  public ScanResult(Inventory inventory, long durationMillis) {
    this(inventory, durationMillis, null, null, null, null);
  }

  public ScanResult withAssessment(Assessment value) {
    return new ScanResult(inventory, durationMillis, value, changes, waysOut, delivery);
  }

  public ScanResult withChanges(Changes value) {
    return new ScanResult(inventory, durationMillis, assessment, value, waysOut, delivery);
  }

  public ScanResult withWaysOut(List<ExitOption> value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, value, delivery);
  }

  public ScanResult withDelivery(Delivery value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, waysOut, value);
  }
}

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
 * @param changes what changed since the baseline ({@code --baseline}); null without a baseline
 */
public record ScanResult(Inventory inventory, long durationMillis, Assessment assessment,
    nl.autonomy.core.diff.Changes changes) {

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
  }

  /** A result without baseline comparison. */
  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment) {
    this(inventory, durationMillis, assessment, null);
  }

  /** A result without evaluation. */
  public ScanResult(Inventory inventory, long durationMillis) {
    this(inventory, durationMillis, null);
  }

  public ScanResult withAssessment(Assessment value) {
    return new ScanResult(inventory, durationMillis, value, changes);
  }

  public ScanResult withChanges(nl.autonomy.core.diff.Changes value) {
    return new ScanResult(inventory, durationMillis, assessment, value);
  }
}

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
 * @param delivery every delivered file with its size and SHA-256, when a report that shows it was
 *     asked for (the contract report); else null
 */
public record ScanResult(Inventory inventory, long durationMillis, Assessment assessment,
    nl.autonomy.core.model.Delivery delivery) {

  /** A result without the delivered files listed. */
  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment) {
    this(inventory, durationMillis, assessment, null);
  }

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
  }

  /** A result without evaluation. */
  public ScanResult(Inventory inventory, long durationMillis) {
    this(inventory, durationMillis, null);
  }

  public ScanResult withAssessment(Assessment value) {
    return new ScanResult(inventory, durationMillis, value, delivery);
  }

  public ScanResult withDelivery(nl.autonomy.core.model.Delivery value) {
    return new ScanResult(inventory, durationMillis, assessment, value);
  }
}

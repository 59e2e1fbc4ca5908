package nl.autonomy.core;

import java.util.Objects;
import nl.autonomy.core.model.Inventory;

/**
 * The outcome of a scan: what was found. Serialisable, so a saved result can be evaluated again or
 * compared without scanning again.
 *
 * @param inventory components, services, edges, problems and provenance
 * @param durationMillis wall time of the scan
 */
public record ScanResult(Inventory inventory, long durationMillis) {

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
  }
}

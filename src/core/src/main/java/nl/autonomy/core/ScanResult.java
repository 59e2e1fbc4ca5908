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
 * @param sbomQuality the CycloneDX SBOM this scan writes, judged against the SBOM standards
 *     (docs/sbom-quality.md); null in results saved before it was added
 */
public record ScanResult(Inventory inventory, long durationMillis, Assessment assessment,
    nl.autonomy.core.model.SbomQuality sbomQuality) {

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
  }

  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment) {
    this(inventory, durationMillis, assessment, null);
  }

  /** A result without evaluation. */
  public ScanResult(Inventory inventory, long durationMillis) {
    this(inventory, durationMillis, null, null);
  }

  public ScanResult withAssessment(Assessment value) {
    return new ScanResult(inventory, durationMillis, value, sbomQuality);
  }
}

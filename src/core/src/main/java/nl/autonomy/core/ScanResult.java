package nl.autonomy.core;

import java.util.List;
import java.util.Objects;
import nl.autonomy.core.diff.Changes;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Delivery;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.SbomQuality;

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
 * @param sbomQuality the CycloneDX SBOM this scan writes, judged against the SBOM standards
 *     (docs/sbom-quality.md); null in results saved before it was added
 * @param delivery every delivered file with its size and SHA-256, when a report that shows it was
 *     asked for (the contract report); else null
 */
public record ScanResult(Inventory inventory, long durationMillis, Assessment assessment, Changes changes,
    List<ExitOption> waysOut, SbomQuality sbomQuality, Delivery delivery) {

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
    waysOut = waysOut == null ? null : List.copyOf(waysOut);
  }

  /** A result without baseline comparison, ranking, SBOM quality and delivered files. */
  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment) {
    this(inventory, durationMillis, assessment, null, null, null, null);
  }

  /** A result without evaluation. */
  public ScanResult(Inventory inventory, long durationMillis) {
    this(inventory, durationMillis, null, null, null, null, null);
  }

  public ScanResult withAssessment(Assessment value) {
    return new ScanResult(inventory, durationMillis, value, changes, waysOut, sbomQuality, delivery);
  }

  public ScanResult withChanges(Changes value) {
    return new ScanResult(inventory, durationMillis, assessment, value, waysOut, sbomQuality, delivery);
  }

  public ScanResult withWaysOut(List<ExitOption> value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, value, sbomQuality, delivery);
  }

  public ScanResult withSbomQuality(SbomQuality value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, waysOut, value, delivery);
  }

  public ScanResult withDelivery(Delivery value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, waysOut, sbomQuality, value);
  }
}

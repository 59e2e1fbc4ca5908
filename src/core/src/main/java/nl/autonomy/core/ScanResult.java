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
 * @param unrecognisedEndpoints hosts the configuration names that no catalog service claims, for
 *     {@code autonomy catalog suggest}; null in results saved before they were kept
 */
public record ScanResult(Inventory inventory, long durationMillis, Assessment assessment, Changes changes,
    List<ExitOption> waysOut, SbomQuality sbomQuality, Delivery delivery,
    nl.autonomy.core.model.UnrecognisedEndpoints unrecognisedEndpoints) {

  public ScanResult {
    Objects.requireNonNull(inventory, "inventory");
    waysOut = waysOut == null ? null : List.copyOf(waysOut);
  }

  /** A result without unrecognised endpoints. */
  public ScanResult(Inventory inventory, long durationMillis, Assessment assessment, Changes changes,
      List<ExitOption> waysOut, SbomQuality sbomQuality, Delivery delivery) {
    this(inventory, durationMillis, assessment, changes, waysOut, sbomQuality, delivery, null);
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
    return new ScanResult(inventory, durationMillis, value, changes, waysOut, sbomQuality, delivery,
        unrecognisedEndpoints);
  }

  public ScanResult withChanges(Changes value) {
    return new ScanResult(inventory, durationMillis, assessment, value, waysOut, sbomQuality, delivery,
        unrecognisedEndpoints);
  }

  public ScanResult withWaysOut(List<ExitOption> value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, value, sbomQuality, delivery,
        unrecognisedEndpoints);
  }

  public ScanResult withSbomQuality(SbomQuality value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, waysOut, value, delivery,
        unrecognisedEndpoints);
  }

  public ScanResult withDelivery(Delivery value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, waysOut, sbomQuality, value,
        unrecognisedEndpoints);
  }

  public ScanResult withUnrecognisedEndpoints(nl.autonomy.core.model.UnrecognisedEndpoints value) {
    return new ScanResult(inventory, durationMillis, assessment, changes, waysOut, sbomQuality, delivery, value);
  }
}

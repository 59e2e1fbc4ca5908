package nl.autonomy.core.portfolio;

import java.time.Instant;
import java.util.List;
import nl.autonomy.core.diff.ChangeCounts;
import nl.autonomy.core.diff.LicenseChange;

/**
 * What changed in one application between its previous run and its latest, by the one change
 * engine ({@link nl.autonomy.core.diff.ChangeEngine}, as {@code autonomy diff} uses it).
 *
 * @param application the application
 * @param fromRun the previous run's id
 * @param toRun the latest run's id
 * @param from when the previous run was scanned
 * @param to when the latest run was scanned
 * @param newLockIn proprietary APIs in use now that were not before, by name
 * @param removedLockIn proprietary APIs no longer in use, by name
 * @param relicensed components whose license category changed between versions
 * @param newVendors vendors only in the latest run, by name
 * @param servicesGained services only in the latest run, by name
 * @param servicesLost services only in the previous run, by name
 * @param scoreDelta the overall score's change, or null when a side has no score
 * @param counts how many changes of each kind
 */
public record ApplicationChange(
    String application, String fromRun, String toRun, Instant from, Instant to, List<String> newLockIn,
    List<String> removedLockIn, List<LicenseChange> relicensed, List<String> newVendors, List<String> servicesGained,
    List<String> servicesLost, Double scoreDelta, ChangeCounts counts) {

  /** Whether anything a council would read about changed. */
  public boolean notable() {
    return !newLockIn.isEmpty() || !removedLockIn.isEmpty() || !relicensed.isEmpty() || !newVendors.isEmpty()
        || !servicesGained.isEmpty() || !servicesLost.isEmpty() || scoreDelta != null && Math.abs(scoreDelta) >= 0.5;
  }
}

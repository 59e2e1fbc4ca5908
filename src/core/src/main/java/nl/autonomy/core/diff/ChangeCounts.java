package nl.autonomy.core.diff;

/**
 * How many changes of each kind: the numbers a dashboard or a build gate reads.
 *
 * @param added components added
 * @param removed components removed
 * @param versionChanged packages at another version (upgrades and downgrades included)
 * @param upgraded packages at a higher version
 * @param downgraded packages at a lower version
 * @param relicensed relicensing events (license category changed, both known)
 * @param relicensedRestrictive of those, the ones that take rights away
 * @param licenseChanged all license changes, relicensing included
 * @param vendorChanged packages whose vendor changed
 * @param newVendors vendors only on the new side
 * @param lostVendors vendors only on the old side
 * @param servicesGained services only on the new side
 * @param servicesLost services only on the old side
 * @param servicesChanged services whose lock-in or depth changed
 * @param newLockIn proprietary APIs in use now that were not before
 * @param removedLockIn proprietary APIs in use before that are not now
 * @param newFindings findings only on the new side; null when a side holds no assessment
 * @param resolvedFindings findings only on the old side; null when a side holds no assessment
 */
public record ChangeCounts(int added, int removed, int versionChanged, int upgraded, int downgraded, int relicensed,
    int relicensedRestrictive, int licenseChanged, int vendorChanged, int newVendors, int lostVendors,
    int servicesGained, int servicesLost, int servicesChanged, int newLockIn, int removedLockIn,
    Integer newFindings, Integer resolvedFindings) {

  /** Whether nothing at all differs. */
  public boolean none() {
    return added + removed + versionChanged + licenseChanged + vendorChanged + newVendors + lostVendors
        + servicesGained + servicesLost + servicesChanged == 0
        && (newFindings == null || newFindings == 0) && (resolvedFindings == null || resolvedFindings == 0);
  }
}

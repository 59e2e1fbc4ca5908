package nl.autonomy.core.diff;

import java.util.List;

/**
 * What changed between two results: the answer of {@code autonomy diff}, of {@code scan --baseline}
 * (as {@code result.changes} in report.json) and of the ledger's "what changed since the previous
 * run". Every list is sorted, so the same two inputs always give the same document.
 *
 * @param from the old side
 * @param to the new side
 * @param counts how many changes of each kind
 * @param added components only on the new side
 * @param removed components only on the old side
 * @param versions packages at another version
 * @param licenses packages whose license changed (relicensing events among them)
 * @param vendorChanges packages whose vendor changed
 * @param newVendors vendors only on the new side
 * @param lostVendors vendors only on the old side
 * @param servicesGained services only on the new side
 * @param servicesLost services only on the old side
 * @param servicesChanged services whose lock-in or depth changed
 * @param newLockIn ids of the proprietary APIs in use now that were not before
 * @param removedLockIn ids of the proprietary APIs in use before that are not now
 * @param score the score on both sides; null when a side holds no assessment
 * @param verdict the verdict on both sides; null when a side holds no assessment
 * @param newFindings findings only on the new side; null when a side holds no assessment
 * @param resolvedFindings findings only on the old side; null when a side holds no assessment
 * @param notes what could not be compared and what makes a difference less certain
 */
public record Changes(
    Side from, Side to, ChangeCounts counts,
    List<ComponentRef> added, List<ComponentRef> removed, List<VersionChange> versions,
    List<LicenseChange> licenses, List<VendorChange> vendorChanges,
    List<VendorSummary> newVendors, List<VendorSummary> lostVendors,
    List<ServiceRef> servicesGained, List<ServiceRef> servicesLost, List<ServiceChange> servicesChanged,
    List<String> newLockIn, List<String> removedLockIn,
    ScoreChange score, VerdictChange verdict, List<FindingRef> newFindings, List<FindingRef> resolvedFindings,
    List<ChangeNote> notes) {

  public Changes {
    added = copy(added);
    removed = copy(removed);
    versions = copy(versions);
    licenses = copy(licenses);
    vendorChanges = copy(vendorChanges);
    newVendors = copy(newVendors);
    lostVendors = copy(lostVendors);
    servicesGained = copy(servicesGained);
    servicesLost = copy(servicesLost);
    servicesChanged = copy(servicesChanged);
    newLockIn = copy(newLockIn);
    removedLockIn = copy(removedLockIn);
    // null stays null: "not compared" is not "none"
    newFindings = newFindings == null ? null : List.copyOf(newFindings);
    resolvedFindings = resolvedFindings == null ? null : List.copyOf(resolvedFindings);
    notes = copy(notes);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The relicensing events: a package whose license category changed, both licenses known. */
  public List<LicenseChange> relicensing() {
    return licenses.stream().filter(l -> l.kind() == LicenseChangeKind.RELICENSED).toList();
  }
}

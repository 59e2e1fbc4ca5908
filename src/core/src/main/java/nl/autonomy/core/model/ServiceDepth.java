package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;

/**
 * How deep a service reaches into a codebase: the lock-in stage's judgement of its evidence.
 *
 * @param usage what the evidence says about the use
 * @param files distinct files with evidence
 * @param runtimeFiles of those, files that ship (not tests, fixtures or documentation)
 * @param occurrences pieces of evidence
 * @param kinds kinds of evidence seen (import, endpoint, iac, container, ci, manifest...), sorted
 * @param effortPoints the exit-effort score of the documented rule
 * @param effort the exit effort
 * @param catalogLockIn the lock-in level the catalog gives the service; the service's own level is
 *     the judged one (an S3 client against MinIO is {@code open-protocol})
 * @param notes why, for people: context that changed the judgement
 */
public record ServiceDepth(
    ServiceUsage usage, int files, int runtimeFiles, int occurrences, List<EvidenceKind> kinds, int effortPoints,
    ExitEffort effort, LockInLevel catalogLockIn, List<String> notes) {

  public ServiceDepth {
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(effort, "effort");
    kinds = kinds == null ? List.of() : kinds.stream().distinct().sorted().toList();
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** True when a declared client library is imported nowhere: possible dead lock-in. */
  public boolean deadLockIn() {
    return usage == ServiceUsage.DECLARED_ONLY;
  }
}

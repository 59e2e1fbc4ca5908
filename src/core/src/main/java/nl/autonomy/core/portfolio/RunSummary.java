package nl.autonomy.core.portfolio;

import java.time.Instant;
import java.util.Objects;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Coverage;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Verdict;

/**
 * One stored run, without its documents: what the city's history is computed from.
 *
 * @param runId the run's id (SHA-256 of source, revision and policy digest)
 * @param application the application it is a run of
 * @param source what was scanned, as the source list names it
 * @param sourceKind folder, git, archive, sbom or report (an imported report.json)
 * @param revision the git commit, the archive's {@code sha256:} or a {@code content:sha256:} of what
 *     was found: with source and policy digest, what makes a run the same run
 * @param scannedAt when the scan ran
 * @param origin scanned here or imported
 * @param toolVersion the Autonomy version that scanned
 * @param policyId the policy judged by, or null when none was evaluated
 * @param policyDigest its digest, or {@code none}
 * @param catalogDigest digest of the catalogs used, or null when not known (imported reports)
 * @param verdict pass or fail, or null without assessment
 * @param partial true when part of the codebase could not be read: the score is of what could
 * @param scores the scores, or null when there is no answer (no assessment, or nothing read)
 * @param coverage how many third-party components have a known vendor and license
 * @param services services found
 * @param proprietaryServices of those, services with a proprietary API
 */
public record RunSummary(
    String runId, Application application, String source, String sourceKind, String revision, Instant scannedAt,
    RunOrigin origin, String toolVersion, String policyId, String policyDigest, String catalogDigest,
    Verdict verdict, boolean partial, AspectScores scores, Coverage coverage, int services,
    int proprietaryServices) {

  /** The policy digest of a run that was not judged against any policy. */
  public static final String NO_POLICY = "none";

  public RunSummary {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(scannedAt, "scannedAt");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(policyDigest, "policyDigest");
    Objects.requireNonNull(coverage, "coverage");
  }

  /** The summary of a scan result, as the ledger stores it. */
  public static RunSummary of(String runId, Application application, String source, String revision, RunOrigin origin,
      String catalogDigest, ScanResult result) {
    Assessment a = result.assessment();
    boolean answered = a != null && !a.summary().nothingRead();
    int proprietary = (int) result.inventory().services().stream()
        .filter(s -> s.lockIn() == LockInLevel.PROPRIETARY_API).count();
    var p = result.inventory().provenance();
    String kind = origin == RunOrigin.IMPORT ? "report" : p.sourceKind().id();
    return new RunSummary(runId, application, source, kind, revision, p.timestamp(), origin, p.toolVersion(),
        a == null ? null : a.policyId(), a == null ? NO_POLICY : a.policyDigest(), catalogDigest,
        a == null ? null : a.verdict(), a != null && (a.score().partial() || a.summary().partial()) || !result.inventory().complete(),
        answered ? AspectScores.of(a.score()) : null, Coverage.of(result.inventory()),
        result.inventory().services().size(), proprietary);
  }

  /** Whether this run has a score to count. */
  public boolean answered() {
    return scores != null;
  }
}

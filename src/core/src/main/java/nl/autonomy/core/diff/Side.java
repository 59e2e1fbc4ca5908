package nl.autonomy.core.diff;

import java.time.Instant;

/**
 * What one side of a comparison was.
 *
 * @param label its file name or run id
 * @param kind what it was read from
 * @param source what was scanned (the provenance's source)
 * @param commit the git commit scanned, or null
 * @param timestamp when it was scanned, or null
 * @param toolVersion the Autonomy that wrote it, or null
 * @param policyId the policy it was judged against, or null for an SBOM
 * @param policyDigest that policy's digest, or null
 * @param complete false when part of it could not be read (then a component missing from it may be
 *     unread rather than removed)
 * @param components how many components it holds
 * @param services how many services it holds
 */
public record Side(
    String label, InputKind kind, String source, String commit, Instant timestamp, String toolVersion,
    String policyId, String policyDigest, boolean complete, int components, int services) {
}

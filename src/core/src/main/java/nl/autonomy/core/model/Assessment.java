package nl.autonomy.core.model;

import java.util.List;
import nl.autonomy.core.FailOn;
import java.util.Objects;

/**
 * What a policy says about an inventory.
 *
 * @param policyId the evaluated policy's id
 * @param policyTitle its title
 * @param policyDigest {@code sha256:} digest of its effective content (after {@code extends})
 * @param failOn the severity from which the verdict fails
 * @param verdict pass or fail
 * @param verdictReason why, in one sentence
 * @param score per aspect and overall, with contributions
 * @param answer one sentence: how autonomous is this codebase
 * @param summary the counts behind the answer
 * @param findings all findings, waived and existing ones included, most severe first
 * @param waiverNotices expired and stale waivers
 * @param policyTitles the policy's title in other languages, by language ({@code nl})
 * @param clauses every rule of the policy with its outcome, in the policy's order
 */
public record Assessment(
    String policyId, String policyTitle, String policyDigest, FailOn failOn, Verdict verdict,
    String verdictReason, Score score, String answer, AutonomySummary summary, List<Finding> findings,
    List<WaiverNotice> waiverNotices, java.util.SortedMap<String, String> policyTitles, List<Clause> clauses) {

  /** An assessment without clauses or translated titles (results written before they were added). */
  public Assessment(
      String policyId, String policyTitle, String policyDigest, FailOn failOn, Verdict verdict,
      String verdictReason, Score score, String answer, AutonomySummary summary, List<Finding> findings,
      List<WaiverNotice> waiverNotices) {
    this(policyId, policyTitle, policyDigest, failOn, verdict, verdictReason, score, answer, summary, findings,
        waiverNotices, null, null);
  }

  public Assessment {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(policyDigest, "policyDigest");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(summary, "summary");
    findings = findings == null ? List.of() : findings.stream().sorted().toList();
    waiverNotices = waiverNotices == null ? List.of() : waiverNotices.stream().sorted().toList();
    policyTitles = java.util.Collections.unmodifiableSortedMap(
        new java.util.TreeMap<>(policyTitles == null ? java.util.Map.of() : policyTitles));
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
  }

  /** The policy's title in {@code locale}'s language, else English. */
  public String policyTitle(java.util.Locale locale) {
    return policyTitles.getOrDefault(locale.getLanguage(), policyTitle);
  }

  /** DESIGN §8: 0 passed, 1 policy failed. */
  public int exitCode() {
    return verdict == Verdict.PASS ? 0 : 1;
  }
}

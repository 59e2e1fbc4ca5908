package nl.autonomy.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * One thing a policy rule found.
 *
 * @param ruleId the rule that produced it
 * @param severity how serious; {@link Severity#INFO} when the subject lies outside the scopes the
 *     rule judges (a test-only SDK under a runtime rule is reported, never fails the build)
 * @param aspect the question it answers
 * @param subject what it is about
 * @param message what is wrong, for a person
 * @param howToFix the way out: alternatives and the open standard, or the rule's own advice
 * @param evidence where it shows, sorted
 * @param waiver the waiver that accepts it, or null
 * @param status new, or already in the baseline
 * @param weight how much it counts in the score: the scope weight of its subject times the rule's
 * @param fingerprint stable id of rule and subject (version-free), used to match a baseline
 */
public record Finding(
    String ruleId, Severity severity, Aspect aspect, Subject subject, String message, String howToFix,
    List<Evidence> evidence, FindingWaiver waiver, FindingStatus status, double weight, String fingerprint)
    implements Comparable<Finding> {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(fingerprint, "fingerprint");
    howToFix = howToFix == null ? "" : howToFix;
    evidence = evidence == null ? List.of() : evidence.stream().distinct().sorted().toList();
    if (weight < 0) {
      throw new IllegalArgumentException("weight must be >= 0: " + weight);
    }
  }

  @JsonIgnore
  public boolean waived() {
    return waiver != null;
  }

  /** Whether it can fail the verdict: not waived and not already in the baseline. */
  @JsonIgnore
  public boolean countsForVerdict() {
    return waiver == null && status == FindingStatus.NEW;
  }

  public Finding withWaiver(FindingWaiver value) {
    return new Finding(ruleId, severity, aspect, subject, message, howToFix, evidence, value, status, weight,
        fingerprint);
  }

  public Finding withStatus(FindingStatus value) {
    return new Finding(ruleId, severity, aspect, subject, message, howToFix, evidence, waiver, value, weight,
        fingerprint);
  }

  /** Most severe first, then by rule and subject: the order reports list them in. */
  @Override
  public int compareTo(Finding o) {
    int c = o.severity.compareTo(severity);
    if (c != 0) {
      return c;
    }
    c = ruleId.compareTo(o.ruleId);
    if (c != 0) {
      return c;
    }
    c = subject.kind().compareTo(o.subject.kind());
    return c != 0 ? c : subject.ref().compareTo(o.subject.ref());
  }
}

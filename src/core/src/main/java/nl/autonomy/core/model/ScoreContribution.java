package nl.autonomy.core.model;

import java.util.Objects;

/**
 * The points one finding costs in one aspect: the trace from a score back to its causes.
 *
 * @param fingerprint the finding's fingerprint
 * @param ruleId the finding's rule
 * @param subject the finding's subject ref
 * @param aspect the aspect it lowers
 * @param penalty the raw penalty: severity penalty times weight
 * @param points the score points it costs (the aspect's lost points shared by penalty)
 */
public record ScoreContribution(
    String fingerprint, String ruleId, String subject, Aspect aspect, double penalty, double points) {

  public ScoreContribution {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(aspect, "aspect");
  }
}

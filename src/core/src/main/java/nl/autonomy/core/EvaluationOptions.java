package nl.autonomy.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to judge what was collected.
 *
 * @param policy a shipped policy id ({@code default}) or a policy file path
 * @param baseline an earlier {@code report.json}: only findings new relative to it count, or null
 * @param failOn the severity from which the verdict fails
 */
public record EvaluationOptions(String policy, Path baseline, FailOn failOn) {

  public static final String DEFAULT_POLICY = "default";

  public EvaluationOptions {
    policy = policy == null || policy.isBlank() ? DEFAULT_POLICY : policy;
    Objects.requireNonNull(failOn, "failOn");
  }

  public static EvaluationOptions defaults() {
    return new EvaluationOptions(DEFAULT_POLICY, null, FailOn.ERROR);
  }
}

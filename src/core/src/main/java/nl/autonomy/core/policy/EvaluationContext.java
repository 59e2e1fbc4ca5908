package nl.autonomy.core.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import nl.autonomy.core.FailOn;

/**
 * What an evaluation needs besides the inventory and the policy.
 *
 * @param failOn the severity from which the verdict fails
 * @param baseline fingerprints of the findings in an earlier report, or null for no baseline
 * @param today the day waivers are judged on (the scan's timestamp, so results stay reproducible)
 * @param vendors finds the vendor behind a service's vendor id
 */
public record EvaluationContext(FailOn failOn, Set<String> baseline, LocalDate today, VendorLookup vendors) {

  public EvaluationContext {
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(today, "today");
    baseline = baseline == null ? null : Set.copyOf(baseline);
    vendors = vendors == null ? VendorLookup.none() : vendors;
  }
}

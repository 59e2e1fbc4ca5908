package nl.autonomy.core.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Inventory;

/**
 * The evaluate stage of the pipeline: loads the policy and the baseline named in the
 * {@link EvaluationOptions} and judges the classified inventory.
 */
public final class Evaluation {

  private final PolicyRepository policies;
  private final VendorLookup vendors;

  public Evaluation() {
    this(new PolicyRepository(), VendorLookup.none());
  }

  /**
   * @param policies where policies come from
   * @param vendors vendor facts for services whose provider no component carries (the catalog's)
   */
  public Evaluation(PolicyRepository policies, VendorLookup vendors) {
    this.policies = Objects.requireNonNull(policies, "policies");
    this.vendors = Objects.requireNonNull(vendors, "vendors");
  }

  /**
   * @param timestamp the scan's time: waivers are judged on its day (UTC), so results reproduce
   * @throws PolicyException when the policy or the baseline cannot be used (exit code 2)
   */
  public Assessment evaluate(Inventory inventory, EvaluationOptions options, Instant timestamp) {
    Policy policy = policies.load(options.policy());
    Set<String> baseline = options.baseline() == null ? null : Baseline.fingerprints(options.baseline());
    LocalDate today = LocalDate.ofInstant(timestamp, ZoneOffset.UTC);
    return new PolicyEvaluator().evaluate(inventory, policy,
        new EvaluationContext(options.failOn(), baseline, today, vendors));
  }
}

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
    return evaluate(inventory, options, timestamp, VendorLookup.none());
  }

  /**
   * As {@link #evaluate(Inventory, EvaluationOptions, Instant)}, with the vendors of this scan's
   * catalog (shipped plus the user's) consulted first.
   */
  public Assessment evaluate(Inventory inventory, EvaluationOptions options, Instant timestamp, VendorLookup scanVendors) {
    return evaluate(inventory, prepare(options), timestamp, scanVendors);
  }

  /**
   * Loads the policy and the baseline, so a mistake in either is reported before a long scan
   * starts rather than after it.
   *
   * @throws PolicyException when the policy or the baseline cannot be used (exit code 2)
   */
  public Prepared prepare(EvaluationOptions options) {
    Policy policy = policies.load(options.policy());
    Set<String> baseline = options.baseline() == null ? null : nl.autonomy.core.Baseline.fingerprints(options.baseline());
    return new Prepared(policy, baseline, options);
  }

  /** Judges the inventory against a policy loaded with {@link #prepare}. */
  public Assessment evaluate(Inventory inventory, Prepared prepared, Instant timestamp, VendorLookup scanVendors) {
    LocalDate today = LocalDate.ofInstant(timestamp, ZoneOffset.UTC);
    return new PolicyEvaluator().evaluate(inventory, prepared.policy(),
        new EvaluationContext(prepared.options().failOn(), prepared.baseline(), today,
            id -> scanVendors.vendor(id).or(() -> vendors.vendor(id))));
  }

  /** A loaded policy and baseline, ready to judge an inventory. */
  public record Prepared(Policy policy, Set<String> baseline, EvaluationOptions options) {
  }
}

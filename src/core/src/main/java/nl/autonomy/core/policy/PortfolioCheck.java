package nl.autonomy.core.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * A rule over the whole portfolio: a share, a count or a number of distinct values among the
 * items in scope, compared with limits from the policy ("at most 70% of runtime cloud services from
 * vendors under non-EU jurisdiction", "no more than one hyperscaler").
 *
 * @param of components or services
 * @param where which items form the population (the denominator of a share)
 * @param measure share, count or distinct
 * @param matching which items of the population are counted
 * @param attribute for {@code distinct}: the attribute whose distinct values are counted
 * @param atMost the measured value may not exceed this, or null
 * @param atLeast the measured value may not fall below this, or null
 */
public record PortfolioCheck(
    Target of, Condition where, Measure measure, Condition matching, Attribute attribute, Double atMost,
    Double atLeast) {

  /** What a portfolio rule measures. */
  public enum Measure {
    /** matching items / population, 0..1. */
    SHARE,
    /** number of matching items. */
    COUNT,
    /** number of distinct values of an attribute among matching items. */
    DISTINCT;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public PortfolioCheck {
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(measure, "measure");
    where = where == null ? new Condition.Always() : where;
    matching = matching == null ? new Condition.Always() : matching;
    if (measure == Measure.DISTINCT) {
      Objects.requireNonNull(attribute, "attribute");
    }
  }

  /** Whether the measured value breaks a limit. */
  public boolean violated(double value) {
    return (atMost != null && value > atMost) || (atLeast != null && value < atLeast);
  }

  /** The limit that the value breaks (or the one set), for messages. */
  public double limit(double value) {
    if (atMost != null && value > atMost) {
      return atMost;
    }
    return atLeast != null ? atLeast : atMost;
  }
}

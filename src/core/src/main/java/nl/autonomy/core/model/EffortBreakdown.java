package nl.autonomy.core.model;

import java.util.List;

/**
 * The exit-effort rule of {@code docs/lock-in.md} with its working shown: each term is a kind of
 * shipped evidence times the work it takes to change, the sum is divided by the lock-in level's
 * divisor (1, 2 or 4) and rounded up.
 *
 * @param terms the weighed counts, in the rule's order
 * @param raw the sum of the terms
 * @param divisor 1 for proprietary-api, 2 for open-protocol, 4 for self-hostable
 * @param points the effort points
 * @param effort the effort those points make
 */
public record EffortBreakdown(List<Term> terms, int raw, int divisor, int points, ExitEffort effort) {

  public EffortBreakdown {
    terms = List.copyOf(terms);
  }

  /**
   * One term of the rule.
   *
   * @param id what is counted: {@code import-files}, {@code iac-declarations}, {@code endpoints},
   *     {@code container-files}, {@code ci-files}, {@code declared-libraries}
   * @param weight points per counted item
   * @param count how many there are
   */
  public record Term(String id, int weight, int count) {

    public int points() {
      return weight * count;
    }
  }
}

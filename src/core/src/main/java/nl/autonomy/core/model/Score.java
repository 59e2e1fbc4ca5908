package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The autonomy score: 0..100 per aspect and overall, with every lost point traced to a finding.
 *
 * @param overall the weighted mean of the aspect scores, 0..100
 * @param aspects one score per aspect, in aspect order
 * @param contributions what each finding costs, largest first
 * @param partial true when part of the codebase could not be read or resolved: the score is then of
 *     what could be read, and says so wherever it is shown
 */
public record Score(double overall, List<AspectScore> aspects, List<ScoreContribution> contributions,
    boolean partial) {

  /** A score of everything there is to read. */
  public Score(double overall, List<AspectScore> aspects, List<ScoreContribution> contributions) {
    this(overall, aspects, contributions, false);
  }

  public Score {
    Objects.requireNonNull(aspects, "aspects");
    aspects = List.copyOf(aspects);
    contributions = contributions == null ? List.of() : List.copyOf(contributions);
    if (overall < 0 || overall > 100) {
      throw new IllegalArgumentException("overall must be within 0..100: " + overall);
    }
  }

  public Score asPartial(boolean value) {
    return new Score(overall, aspects, contributions, value);
  }

  /**
   * The one rounding rule for every score people read (the answer, the console, the reports):
   * rounded down to a whole percent, so that a score is never shown higher than it is
   * ({@code 62.5} is "62", everywhere).
   */
  public static int whole(double score) {
    return (int) Math.floor(score + 1e-9);
  }

  /** {@link #whole} of the overall score. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public int overallWhole() {
    return whole(overall);
  }

  /** The aspect's score, 100 when the policy does not weigh it. */
  public double of(Aspect aspect) {
    return aspects.stream().filter(a -> a.aspect() == aspect).mapToDouble(AspectScore::score)
        .findFirst().orElse(100);
  }
}

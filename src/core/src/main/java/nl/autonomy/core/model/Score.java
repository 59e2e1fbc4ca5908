package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The autonomy score: 0..100 per aspect and overall, with every lost point traced to a finding.
 *
 * @param overall the weighted mean of the aspect scores, 0..100
 * @param aspects one score per aspect, in aspect order
 * @param contributions what each finding costs, largest first
 */
public record Score(double overall, List<AspectScore> aspects, List<ScoreContribution> contributions) {

  public Score {
    Objects.requireNonNull(aspects, "aspects");
    aspects = List.copyOf(aspects);
    contributions = contributions == null ? List.of() : List.copyOf(contributions);
    if (overall < 0 || overall > 100) {
      throw new IllegalArgumentException("overall must be within 0..100: " + overall);
    }
  }

  /** The aspect's score, 100 when the policy does not weigh it. */
  public double of(Aspect aspect) {
    return aspects.stream().filter(a -> a.aspect() == aspect).mapToDouble(AspectScore::score)
        .findFirst().orElse(100);
  }
}

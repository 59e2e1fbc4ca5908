package nl.autonomy.core.model;

import java.util.Objects;

/**
 * One aspect's score.
 *
 * @param aspect the aspect
 * @param score 0..100, 100 = nothing found
 * @param penalty the sum of its findings' penalties
 * @param weight its weight in the overall score
 */
public record AspectScore(Aspect aspect, double score, double penalty, double weight) {

  public AspectScore {
    Objects.requireNonNull(aspect, "aspect");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be within 0..100: " + score);
    }
  }
}

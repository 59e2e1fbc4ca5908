package nl.autonomy.core.portfolio;

import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Score;

/**
 * The four numbers of a score: overall and per aspect, each 0..100.
 *
 * @param overall overall score
 * @param confidentiality confidentiality score
 * @param agility agility score
 * @param resilience resilience score
 */
public record AspectScores(double overall, double confidentiality, double agility, double resilience) {

  public static AspectScores of(Score score) {
    return new AspectScores(score.overall(), score.of(Aspect.CONFIDENTIALITY), score.of(Aspect.AGILITY),
        score.of(Aspect.RESILIENCE));
  }

  public double of(Aspect aspect) {
    return switch (aspect) {
      case CONFIDENTIALITY -> confidentiality;
      case AGILITY -> agility;
      case RESILIENCE -> resilience;
    };
  }
}

package nl.autonomy.core.diff;

import java.util.List;

/**
 * The score on both sides.
 *
 * @param from the old overall score (one decimal)
 * @param to the new overall score
 * @param delta {@code to - from}, one decimal
 * @param aspects per aspect, in aspect order
 * @param fromPartial the old score was of what could be read only
 * @param toPartial the new score was of what could be read only
 */
public record ScoreChange(double from, double to, double delta, List<AspectChange> aspects, boolean fromPartial,
    boolean toPartial) {

  public ScoreChange {
    aspects = aspects == null ? List.of() : List.copyOf(aspects);
  }
}

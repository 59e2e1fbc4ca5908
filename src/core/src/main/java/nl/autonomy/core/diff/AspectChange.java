package nl.autonomy.core.diff;

import nl.autonomy.core.model.Aspect;

/**
 * One aspect's score on both sides.
 *
 * @param aspect the aspect
 * @param from the old score (one decimal), or null when the old policy did not weigh it
 * @param to the new score, or null
 * @param delta {@code to - from}, one decimal; null when a side has none
 */
public record AspectChange(Aspect aspect, Double from, Double to, Double delta) {
}

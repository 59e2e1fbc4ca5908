package nl.autonomy.core.diff;

import nl.autonomy.core.model.Verdict;

/**
 * The verdict on both sides.
 *
 * @param from the old verdict
 * @param to the new verdict
 */
public record VerdictChange(Verdict from, Verdict to) {

  public boolean changed() {
    return from != to;
  }
}

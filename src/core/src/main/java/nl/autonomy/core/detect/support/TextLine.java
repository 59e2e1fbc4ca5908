package nl.autonomy.core.detect.support;

import java.util.List;

/**
 * A line of a scanned file on which the matcher found something.
 *
 * @param number 1-based line number
 * @param text the decoded line without its line break
 * @param hits the matches on it, in order
 */
public record TextLine(int number, String text, List<Hit> hits) {

  public TextLine {
    hits = List.copyOf(hits);
  }

  /**
   * One match.
   *
   * @param pattern the matcher's pattern index
   * @param start 0-based character index of the match in {@link #text()}
   * @param end character index just past the match
   */
  public record Hit(int pattern, int start, int end) {
  }
}

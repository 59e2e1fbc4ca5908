package nl.autonomy.core.detect.support;

import java.util.List;
import java.util.function.Predicate;

/**
 * A text file split into lines, to find the line of an entry when the parser that read it (TOML,
 * a YAML tree) keeps no locations.
 */
public final class TextLines {

  private final List<String> lines;

  private TextLines(List<String> lines) {
    this.lines = lines;
  }

  public static TextLines of(String text) {
    return new TextLines(text.lines().toList());
  }

  public int size() {
    return lines.size();
  }

  /** The text of 1-based line {@code n}, empty when out of range. */
  public String line(int n) {
    return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
  }

  /** The first 1-based line at or after {@code fromLine} whose text matches, 0 when none does. */
  public int find(int fromLine, Predicate<String> test) {
    for (int i = Math.max(1, fromLine); i <= lines.size(); i++) {
      if (test.test(lines.get(i - 1))) {
        return i;
      }
    }
    return 0;
  }
}

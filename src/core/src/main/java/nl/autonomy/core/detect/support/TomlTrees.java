package nl.autonomy.core.detect.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads TOML (Cargo.lock, poetry.lock, uv.lock, pdm.lock, pyproject.toml, libs.versions.toml) with
 * Jackson's TOML reader, whose syntax errors carry their line. Its stream constraints do not: a key
 * longer than the name bound is refused without a location. A TOML key (bare, quoted or dotted)
 * never spans lines, so the key lies on a line at least that long; when exactly one line is, that
 * is its line. When several are, the line stays unknown rather than guessed.
 */
public final class TomlTrees {

  private static final int MAX_NAME = StreamReadConstraints.defaults().getMaxNameLength();

  private TomlTrees() {
  }

  public static JsonNode read(ObjectMapper toml, String text) throws IOException {
    try {
      return toml.readTree(text);
    } catch (StreamConstraintsException e) {
      int line = e.getLocation() == null && String.valueOf(e.getOriginalMessage()).startsWith("Name length")
          ? onlyLineLongerThan(text, MAX_NAME) : 0;
      if (line > 0) {
        throw new StreamConstraintsException(e.getOriginalMessage(),
            new JsonLocation(ContentReference.unknown(), -1L, -1L, line, 0));
      }
      throw e;
    }
  }

  /** The 1-based line of the only line longer than {@code length} characters; 0 if none or several. */
  static int onlyLineLongerThan(String text, int length) {
    int found = 0;
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > length) {
          if (found > 0) {
            return 0;
          }
          found = line;
        }
        line++;
        start = i + 1;
      }
    }
    return found;
  }
}

package nl.autonomy.core.detect.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Lines of entries in structured files. Jackson's streaming parsers (JSON, YAML) report where each
 * token starts; tree-reading loses that, so detectors that want a line read with a parser.
 */
public final class LineLocator {

  private LineLocator() {
  }

  /** The 1-based line of the parser's current token, 0 when the parser does not know. */
  public static int line(JsonParser parser) {
    return line(parser.currentTokenLocation());
  }

  public static int line(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? 0 : location.getLineNr();
  }
}

package nl.autonomy.core.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every value in a YAML document by JSON pointer ({@code /services/3/vendor}),
 * so checks made after binding can still name the place a person must edit.
 */
final class LocationIndex {

  private final Map<String, int[]> positions;
  private final Map<String, int[]> keys;

  private LocationIndex(Map<String, int[]> positions, Map<String, int[]> keys) {
    this.positions = positions;
    this.keys = keys;
  }

  static LocationIndex of(byte[] yaml) {
    Map<String, int[]> positions = new HashMap<>();
    Map<String, int[]> keys = new HashMap<>();
    try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
      while (parser.nextToken() != null) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.FIELD_NAME) {
          JsonLocation at = parser.currentTokenLocation();
          keys.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
              new int[] {at.getLineNr(), at.getColumnNr()});
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
        }
        String pointer = context == null ? "" : context.pathAsPointer().toString();
        JsonLocation at = parser.currentTokenLocation();
        positions.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
      }
    } catch (IOException e) {
      // the binder reports syntax errors with their position; an index stops where parsing stopped
    }
    return new LocationIndex(positions, keys);
  }

  /** Line and column of the key that names the value at {@code pointer}, else of the value. */
  int[] keyAt(String pointer) {
    int[] found = keys.get(pointer);
    return found != null ? found : at(pointer);
  }

  /** Line and column of the value at {@code pointer}, else of its nearest enclosing value. */
  int[] at(String pointer) {
    String p = pointer;
    while (true) {
      int[] found = positions.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}

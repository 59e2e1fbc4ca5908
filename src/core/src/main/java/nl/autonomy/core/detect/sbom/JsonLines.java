package nl.autonomy.core.detect.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of every value of a JSON document by its JSON pointer, so that a schema error reported
 * at {@code $.components[3].hashes[0].content} can name the line a person opens.
 */
final class JsonLines {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]|\\['([^']*)']");

  private final Map<String, Integer> lines;

  private JsonLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Indexes a document; a syntax error ends the index where it is (the error is reported elsewhere). */
  static JsonLines of(byte[] json) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        // the value's own pointer: inside an object or array the context names the value's slot
        // (a context's pointer names its current slot, so a container's own place is its parent's pointer)
        String pointer = t.isStructStart() ? p.getParsingContext().getParent() == null ? ""
            : p.getParsingContext().getParent().pathAsPointer().toString()
            : p.getParsingContext().pathAsPointer().toString();
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
      }
    } catch (IOException | RuntimeException e) {
      // keep what was indexed
    }
    return new JsonLines(lines);
  }

  /** The line of the value at {@code pointer}, or of its nearest parent; 0 when unknown. */
  int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 0;
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** {@code $.components[3].hashes[0]} as the JSON pointer {@code /components/3/hashes/0}. */
  static String pointer(String jsonPath) {
    if (jsonPath.startsWith("/") || jsonPath.isEmpty()) {
      return jsonPath; // already a pointer
    }
    StringBuilder out = new StringBuilder();
    Matcher m = SEGMENT.matcher(jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath);
    while (m.find()) {
      out.append('/').append(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out.toString();
  }

  /** The first {@code $...} path in a validator's message, or empty. */
  static String pathIn(String message) {
    Matcher m = Pattern.compile("\\$[^\\s:]*").matcher(message == null ? "" : message);
    return m.find() ? m.group() : "";
  }
}

package nl.autonomy.core.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import nl.autonomy.core.text.Brief;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML file read as a JSON tree, with the line and column of every value and key, so that a
 * schema error at {@code /rules/2/severity} can name the line a person has to change.
 */
final class YamlDocument {

  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      // a second document ('---') would otherwise be ignored without a word
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String file;
  private final JsonNode root;
  private final Map<String, Origin> values;
  private final Map<String, Origin> keys;

  private YamlDocument(String file, JsonNode root, Map<String, Origin> values, Map<String, Origin> keys) {
    this.file = file;
    this.root = root;
    this.values = values;
    this.keys = keys;
  }

  /** Parses the text; a YAML syntax error becomes a {@link PolicyException} at its position. */
  static YamlDocument parse(String file, String text) {
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new PolicyException(new Origin(file, 1, 1), "the file is empty: a policy starts with 'apiVersion: autonomy/v1'");
      }
      Map<String, Origin> values = new HashMap<>();
      Map<String, Origin> keys = new HashMap<>();
      index(file, text, values, keys);
      return new YamlDocument(file, root, values, keys);
    } catch (JsonProcessingException e) {
      throw syntaxError(file, e);
    }
  }

  /** SnakeYAML knows where the broken construct starts (an unclosed quote); prefer that place. */
  private static PolicyException syntaxError(String file, JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
        && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      JsonLocation at = e.getLocation();
      Origin origin = at == null ? Origin.of(file) : new Origin(file, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
      return new PolicyException(origin, "the file holds more than one YAML document ('---'): a policy is one "
          + "document, the others would be ignored; put each policy in a file of its own");
    }
    if (e.getCause() instanceof MarkedYAMLException m) {
      Mark mark = m.getContextMark() != null ? m.getContextMark() : m.getProblemMark();
      String what = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
      Origin origin = mark == null ? Origin.of(file) : new Origin(file, mark.getLine() + 1, mark.getColumn() + 1);
      return new PolicyException(origin, "not valid YAML: " + Brief.of(what));
    }
    JsonLocation at = e.getLocation();
    Origin origin = at == null ? Origin.of(file) : new Origin(file, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    return new PolicyException(origin, "not valid YAML: " + Brief.of(e.getOriginalMessage()));
  }

  String file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  /** Where the value at the JSON pointer starts; the nearest enclosing value when absent. */
  Origin valueAt(String pointer) {
    String p = pointer;
    while (true) {
      Origin o = values.get(p);
      if (o != null || p.isEmpty()) {
        return o == null ? new Origin(file, 1, 1) : o;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Where the key of the member at the JSON pointer is written; its value's place when unknown. */
  Origin keyAt(String pointer) {
    Origin o = keys.get(pointer);
    return o != null ? o : valueAt(pointer);
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  private static void index(String file, String text, Map<String, Origin> values, Map<String, Origin> keys)
      throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      Deque<Frame> stack = new ArrayDeque<>();
      String pending = "";
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonLocation at = parser.currentTokenLocation();
        Origin origin = new Origin(file, at.getLineNr(), at.getColumnNr());
        if (token == JsonToken.FIELD_NAME) {
          pending = child(stack.peek().pointer, parser.currentName());
          keys.put(pending, origin);
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          stack.pop();
          continue;
        }
        String pointer = stack.isEmpty() ? "" : stack.peek().array ? child(stack.peek().pointer, stack.peek().next++) : pending;
        values.putIfAbsent(pointer, origin);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
        }
        if (stack.isEmpty()) {
          break;
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
  }

  private static final class Frame {
    final String pointer;
    final boolean array;
    int next;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }
}

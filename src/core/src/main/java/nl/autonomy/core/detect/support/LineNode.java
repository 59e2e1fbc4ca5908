package nl.autonomy.core.detect.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON or YAML value with the 1-based line it starts on, so evidence can point at the line of a
 * lockfile entry or an {@code image:} key. Jackson's tree model drops locations; this keeps them.
 */
public sealed interface LineNode permits LineNode.Mapping, LineNode.Sequence, LineNode.Scalar {

  int line();

  /** A JSON object or YAML mapping; keys keep their file order. */
  record Mapping(int line, Map<String, LineNode> fields, Map<String, Integer> keyLines) implements LineNode {
    public Mapping {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
      keyLines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
    }

    public Optional<LineNode> get(String key) {
      return Optional.ofNullable(fields.get(key));
    }

    /**
     * The scalar under {@code key} when it is not a string (a number, a boolean): such a value
     * where a name belongs is an error to report, never a name to guess (YAML's {@code image: 5}).
     */
    public Optional<Scalar> nonString(String key) {
      return fields.get(key) instanceof Scalar s && !s.string() && s.text() != null ? Optional.of(s) : Optional.empty();
    }

    /** The scalar text under {@code key}, or null when absent or not a scalar. */
    public String text(String key) {
      return fields.get(key) instanceof Scalar s ? s.text() : null;
    }

    public Optional<Mapping> mapping(String key) {
      return fields.get(key) instanceof Mapping m ? Optional.of(m) : Optional.empty();
    }

    public List<LineNode> sequence(String key) {
      return fields.get(key) instanceof Sequence s ? s.items() : List.of();
    }

    /** The line of the key itself (a YAML key's value may start on a later line). */
    public int lineOf(String key) {
      return keyLines.getOrDefault(key, line);
    }
  }

  /** A JSON array or YAML sequence. */
  record Sequence(int line, List<LineNode> items) implements LineNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A string, number, boolean or null ({@code text} is null for null) as written; {@code string}
   * tells a string (quoted, or plain YAML that is no number or boolean) from the others.
   */
  record Scalar(int line, String text, boolean string) implements LineNode {
    public Scalar(int line, String text) {
      this(line, text, true);
    }
  }
}

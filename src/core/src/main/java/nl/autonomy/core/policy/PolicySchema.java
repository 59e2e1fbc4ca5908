package nl.autonomy.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The published policy schema ({@code policies/schema/policy.schema.json}), checked on every load.
 * Errors name the line and column of the offending key or value, and the allowed values.
 */
final class PolicySchema {

  static final String RESOURCE = "/nl/autonomy/policies/schema/policy.schema.json";

  private static final PolicySchema INSTANCE = new PolicySchema();

  private final JsonNode schemaTree;
  private final Schema schema;

  private PolicySchema() {
    try (InputStream in = PolicySchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the policy schema is missing from the jar: " + RESOURCE);
      }
      schemaTree = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
  }

  static PolicySchema get() {
    return INSTANCE;
  }

  List<PolicyError> validate(YamlDocument doc) {
    Set<PolicyError> errors = new LinkedHashSet<>();
    for (Error e : schema.validate(doc.root())) {
      errors.add(toError(doc, e));
    }
    return new ArrayList<>(errors);
  }

  private PolicyError toError(YamlDocument doc, Error e) {
    String pointer = pointer(e.getInstanceLocation());
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    String property = e.getProperty();
    return switch (keyword) {
      case "additionalProperties" -> {
        String at = YamlDocument.child(pointer, property);
        List<String> allowed = allowedKeys(e);
        yield new PolicyError(doc.keyAt(at), at, "unknown key '" + property + "'" + suggestion(property, allowed)
            + "; allowed: " + String.join(", ", allowed));
      }
      case "propertyNames" -> {
        String at = YamlDocument.child(pointer, property == null ? "" : property);
        List<String> allowed = propertyNameEnum(e);
        yield new PolicyError(doc.keyAt(at), at, "unknown attribute '" + property + "'"
            + suggestion(property, allowed) + "; allowed: " + String.join(", ", allowed));
      }
      case "required" -> new PolicyError(doc.valueAt(pointer), pointer,
          "missing required key '" + property + "'");
      case "enum" -> {
        List<String> allowed = enumValues(e.getSchemaNode());
        String value = text(e.getInstanceNode());
        yield new PolicyError(doc.valueAt(pointer), pointer, "'" + value + "' is not allowed"
            + suggestion(value, allowed) + "; allowed: " + String.join(", ", allowed));
      }
      default -> new PolicyError(doc.valueAt(pointer), pointer, stripPath(e.getMessage()));
    };
  }

  /** The property names a closed object allows, read from the schema next to its keyword. */
  private List<String> allowedKeys(Error e) {
    JsonNode parent = schemaAt(e, 1);
    List<String> names = new ArrayList<>();
    if (parent != null && parent.has("properties")) {
      parent.get("properties").fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  private List<String> propertyNameEnum(Error e) {
    JsonNode names = schemaAt(e, 0);
    return names != null && names.has("enum") ? enumValues(names.get("enum")) : List.of();
  }

  /** {@code ; did you mean 'service.lock-in'?} when one allowed value is a small typo away. */
  static String suggestion(String written, List<String> allowed) {
    if (written == null) {
      return "";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      String w = written.toLowerCase(Locale.ROOT);
      String c = candidate.toLowerCase(Locale.ROOT);
      int d = !w.isEmpty() && c.startsWith(w) ? 1 : distance(w, c);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, written.length() / 4) ? "; did you mean '" + best + "'?" : "";
  }

  /** Levenshtein distance: policies are short, so the quadratic table is cheap. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The schema node at the error's schema location, {@code up} levels higher. */
  private JsonNode schemaAt(Error e, int up) {
    String fragment = e.getSchemaLocation().getFragment().toString();
    List<String> parts = new ArrayList<>(List.of(fragment.replaceFirst("^#?/?", "").split("/")));
    for (int i = 0; i < up && !parts.isEmpty(); i++) {
      parts.remove(parts.size() - 1);
    }
    JsonNode node = schemaTree;
    for (String part : parts) {
      if (!part.isEmpty()) {
        node = node.path(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return node.isMissingNode() ? null : node;
  }

  private static List<String> enumValues(JsonNode values) {
    List<String> out = new ArrayList<>();
    if (values != null && values.isArray()) {
      values.forEach(v -> out.add(v.asText()));
    }
    return out;
  }

  private static String text(JsonNode node) {
    return node == null ? "" : node.isValueNode() ? node.asText() : node.toString();
  }

  static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
  }

}

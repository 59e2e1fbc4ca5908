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
        yield new PolicyError(doc.keyAt(at), at, "unknown key '" + property + "'; allowed: "
            + String.join(", ", allowedKeys(e)));
      }
      case "propertyNames" -> {
        String at = YamlDocument.child(pointer, property == null ? "" : property);
        yield new PolicyError(doc.keyAt(at), at, "unknown attribute '" + property + "'; allowed: "
            + String.join(", ", propertyNameEnum(e)));
      }
      case "required" -> new PolicyError(doc.valueAt(pointer), pointer,
          "missing required key '" + property + "'");
      case "enum" -> new PolicyError(doc.valueAt(pointer), pointer,
          "'" + text(e.getInstanceNode()) + "' is not allowed; allowed: " + enumValues(e.getSchemaNode()));
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

  private String propertyNameEnum(Error e) {
    JsonNode names = schemaAt(e, 0);
    return names != null && names.has("enum") ? enumValues(names.get("enum")) : "";
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

  private static String enumValues(JsonNode values) {
    List<String> out = new ArrayList<>();
    if (values != null && values.isArray()) {
      values.forEach(v -> out.add(v.asText()));
    }
    return String.join(", ", out);
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

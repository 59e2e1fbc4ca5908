package nl.autonomy.core.policy;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The attribute values of one item (a component or a service) that conditions test. */
public final class Facts {

  private final Map<Attribute, List<String>> values;

  private Facts(Map<Attribute, List<String>> values) {
    this.values = values;
  }

  /** All values of the attribute; empty when unknown. */
  public List<String> values(Attribute attribute) {
    return values.getOrDefault(attribute, List.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects facts; null and blank values are unknown and left out. */
  public static final class Builder {
    // a set per attribute, in the order first seen: a service seen in thousands of files puts
    // thousands of evidence values, which must not be copied on every put
    private final Map<Attribute, LinkedHashSet<String>> values = new EnumMap<>(Attribute.class);

    public Builder put(Attribute attribute, Object value) {
      if (value != null && !value.toString().isBlank()) {
        values.computeIfAbsent(attribute, a -> new LinkedHashSet<>()).add(value.toString());
      }
      return this;
    }

    public Builder putAll(Attribute attribute, List<?> list) {
      list.forEach(v -> put(attribute, v));
      return this;
    }

    public Builder number(Attribute attribute, long value) {
      LinkedHashSet<String> only = new LinkedHashSet<>();
      only.add(Long.toString(value));
      values.put(attribute, only);
      return this;
    }

    public Facts build() {
      Map<Attribute, List<String>> built = new EnumMap<>(Attribute.class);
      values.forEach((attribute, set) -> built.put(attribute, List.copyOf(set)));
      return new Facts(built);
    }
  }
}

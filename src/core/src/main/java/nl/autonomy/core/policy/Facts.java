package nl.autonomy.core.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
    private final Map<Attribute, List<String>> values = new EnumMap<>(Attribute.class);

    public Builder put(Attribute attribute, Object value) {
      if (value != null && !value.toString().isBlank()) {
        values.merge(attribute, List.of(value.toString()),
            (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList());
      }
      return this;
    }

    public Builder putAll(Attribute attribute, List<?> list) {
      list.forEach(v -> put(attribute, v));
      return this;
    }

    public Builder number(Attribute attribute, long value) {
      values.put(attribute, List.of(Long.toString(value)));
      return this;
    }

    public Facts build() {
      return new Facts(new EnumMap<>(values));
    }
  }
}

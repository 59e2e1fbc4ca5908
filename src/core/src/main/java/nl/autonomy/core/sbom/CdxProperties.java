package nl.autonomy.core.sbom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cyclonedx.model.Property;

/** Collects CycloneDX properties and hands them out sorted by name, then value. */
final class CdxProperties {

  private final List<Property> properties = new ArrayList<>();

  CdxProperties add(String name, String value) {
    if (value != null && !value.isEmpty()) {
      // every name in the taxonomy grammar (docs/cyclonedx-properties.md), whoever supplied it
      properties.add(new Property(nl.autonomy.core.model.PropertyNames.taxonomy(CdxText.clean(name)),
          CdxText.clean(value)));
    }
    return this;
  }

  CdxProperties addAll(java.util.Map<String, String> values) {
    values.forEach(this::add);
    return this;
  }

  /** The sorted list, or null when empty so that no empty element is written. */
  List<Property> build() {
    if (properties.isEmpty()) {
      return null;
    }
    return properties.stream()
        .sorted(Comparator.comparing(Property::getName).thenComparing(Property::getValue))
        .distinct()
        .toList();
  }
}

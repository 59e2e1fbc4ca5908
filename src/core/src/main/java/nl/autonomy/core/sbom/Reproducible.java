package nl.autonomy.core.sbom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.autonomy.core.report.WriterOptions;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Property;

/**
 * {@code cdx:reproducible} (official CycloneDX taxonomy, cdx.md: "time- or random-based values MUST
 * be omitted") on {@code metadata.properties} when the scan's timestamp was pinned: the serial
 * number is derived from the content and every other value from the input, so the SBOM is then
 * the same bytes for the same input. Without a pinned timestamp the property is left out.
 */
final class Reproducible {

  static final String PROPERTY = "cdx:reproducible";

  private Reproducible() {
  }

  static Bom mark(Bom bom, WriterOptions options) {
    if (!options.reproducible() || bom.getMetadata() == null) {
      return bom;
    }
    List<Property> properties = new ArrayList<>(bom.getMetadata().getProperties() == null ? List.of()
        : bom.getMetadata().getProperties());
    if (properties.stream().noneMatch(p -> PROPERTY.equals(p.getName()))) {
      properties.add(new Property(PROPERTY, "true"));
      properties.sort(Comparator.comparing(Property::getName).thenComparing(Property::getValue));
      bom.getMetadata().setProperties(properties);
    }
    return bom;
  }
}

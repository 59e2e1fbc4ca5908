package nl.autonomy.core.sbom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Property;

/** Small look-ups in a parsed BOM for assertions. */
final class Boms {

  private Boms() {
  }

  static Map<String, List<String>> dependencies(Bom bom) {
    Map<String, List<String>> graph = new TreeMap<>();
    if (bom.getDependencies() != null) {
      for (Dependency d : bom.getDependencies()) {
        graph.put(d.getRef(), d.getDependencies() == null ? List.of()
            : d.getDependencies().stream().map(Dependency::getRef).toList());
      }
    }
    return graph;
  }

  static Component component(Bom bom, String ref) {
    return bom.getComponents().stream().filter(c -> ref.equals(c.getBomRef())).findFirst()
        .orElseThrow(() -> new AssertionError("no component " + ref));
  }

  static Map<String, String> properties(List<Property> properties) {
    Map<String, String> map = new TreeMap<>();
    if (properties != null) {
      properties.forEach(p -> map.merge(p.getName(), p.getValue(), (a, b) -> a + "\n" + b));
    }
    return map;
  }

  static Optional<String> property(List<Property> properties, String name) {
    return Optional.ofNullable(properties(properties).get(name));
  }
}

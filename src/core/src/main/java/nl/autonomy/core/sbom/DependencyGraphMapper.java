package nl.autonomy.core.sbom;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Service;
import org.cyclonedx.model.Dependency;

/**
 * The dependency graph as CycloneDX {@code dependencies}: one entry for the project, every
 * component and every service (also those without children, so a consumer can tell "depends on
 * nothing" from "not described"), sorted by ref.
 *
 * <ul>
 *   <li>An edge whose end is not in the BOM is dropped: a dangling ref makes the BOM unusable, and
 *       what went missing is already a problem that marks the composition incomplete.
 *   <li>A direct component that no edge reaches hangs under the project (direct means the project
 *       declared it), so walking from the root finds it.
 *   <li>A service hangs under its client components, or under the project when it was only seen
 *       in the project's own code or configuration.
 * </ul>
 */
final class DependencyGraphMapper {

  private DependencyGraphMapper() {
  }

  static List<Dependency> map(Inventory inventory) {
    String root = CdxText.clean(inventory.project().ref());
    Map<String, SortedSet<String>> children = new TreeMap<>();
    children.put(root, new TreeSet<>());
    inventory.components().forEach(c -> children.put(CdxText.clean(c.ref()), new TreeSet<>()));
    Set<String> reached = new TreeSet<>();
    for (DependencyEdge e : inventory.edges()) {
      String from = CdxText.clean(e.from());
      String to = CdxText.clean(e.to());
      if (children.containsKey(from) && children.containsKey(to) && !from.equals(to)) {
        children.get(from).add(to);
        reached.add(to);
      }
    }
    for (Component c : inventory.components()) {
      String ref = CdxText.clean(c.ref());
      if (c.direct() && !reached.contains(ref)) {
        children.get(root).add(ref);
      }
    }
    addServices(inventory, children);
    return children.entrySet().stream().map(e -> dependency(e.getKey(), e.getValue())).toList();
  }

  private static void addServices(Inventory inventory, Map<String, SortedSet<String>> children) {
    Map<String, SortedSet<String>> services = new TreeMap<>();
    for (Service s : inventory.services()) {
      String ref = ServiceMapper.ref(s.id());
      services.put(ref, new TreeSet<>());
      boolean hasClient = false;
      for (String component : s.components()) {
        String client = CdxText.clean(component);
        if (children.containsKey(client)) {
          children.get(client).add(ref);
          hasClient = true;
        }
      }
      if (!hasClient) {
        children.get(CdxText.clean(inventory.project().ref())).add(ref);
      }
    }
    children.putAll(services);
  }

  private static Dependency dependency(String ref, SortedSet<String> dependsOn) {
    Dependency d = new Dependency(ref);
    if (!dependsOn.isEmpty()) {
      d.setDependencies(dependsOn.stream().map(Dependency::new).toList());
    }
    return d;
  }
}

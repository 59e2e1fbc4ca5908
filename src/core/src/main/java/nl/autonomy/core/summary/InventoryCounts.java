package nl.autonomy.core.summary;

import java.util.EnumMap;
import java.util.Map;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;

/**
 * The numbers a person reads first: how many modules, components (direct/transitive, by scope)
 * and problems a scan found.
 */
public record InventoryCounts(
    int projects, int modules, int components, int direct, int transitive, Map<Scope, Integer> byScope,
    int errors, int warnings) {

  public InventoryCounts {
    byScope = Map.copyOf(byScope);
  }

  public static InventoryCounts of(Inventory inventory) {
    int modules = 0;
    int projects = 0;
    int direct = 0;
    int transitive = 0;
    Map<Scope, Integer> byScope = new EnumMap<>(Scope.class);
    for (Scope s : Scope.values()) {
      byScope.put(s, 0);
    }
    for (Component c : inventory.components()) {
      if (c.role() == ComponentRole.MODULE) {
        modules++;
        continue;
      }
      if (c.role() == ComponentRole.PROJECT) {
        projects++;
        continue;
      }
      if (c.direct()) {
        direct++;
      } else {
        transitive++;
      }
      byScope.merge(c.scope(), 1, Integer::sum);
    }
    int errors = (int) inventory.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    int warnings = inventory.problems().size() - errors;
    return new InventoryCounts(Math.max(projects, 1), modules, direct + transitive, direct, transitive, byScope,
        errors, warnings);
  }
}

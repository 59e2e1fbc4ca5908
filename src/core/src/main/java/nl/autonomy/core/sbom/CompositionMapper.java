package nl.autonomy.core.sbom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PropertyNames;
import org.cyclonedx.model.BomReference;
import org.cyclonedx.model.Composition;

/**
 * Completeness the CycloneDX way, so that a consumer never mistakes a short BOM for a full one.
 *
 * <p>A complete inventory gives one {@code complete} composition over the project's dependency
 * tree. Otherwise the project's tree is {@code incomplete}, and the composition also lists every
 * component known to be affected: one marked {@code autonomy:incomplete} by its detector, or the
 * subject (ref or purl) of a problem. Each problem's text is in the metadata as
 * {@code autonomy:problem}, also those about things that never made it into the BOM.
 */
final class CompositionMapper {

  private CompositionMapper() {
  }

  static List<Composition> map(Inventory inventory) {
    Composition composition = new Composition();
    List<BomReference> refs = new ArrayList<>();
    refs.add(new BomReference(CdxText.clean(inventory.project().ref())));
    if (inventory.complete()) {
      composition.setAggregate(Composition.Aggregate.COMPLETE);
    } else {
      composition.setAggregate(Composition.Aggregate.INCOMPLETE);
      affected(inventory).forEach(ref -> refs.add(new BomReference(CdxText.clean(ref))));
    }
    composition.setDependencies(refs);
    return List.of(composition);
  }

  /** Refs of components in the BOM that are known to be incompletely described, sorted. */
  static Set<String> affected(Inventory inventory) {
    Set<String> subjects = new TreeSet<>();
    for (Problem p : inventory.problems()) {
      if (p.subject() != null) {
        subjects.add(p.subject());
      }
    }
    Set<String> refs = new TreeSet<>();
    for (Component c : inventory.components()) {
      String marker = c.properties().get(PropertyNames.INCOMPLETE);
      boolean marked = marker != null && !"false".equals(marker);
      if (marked || subjects.contains(c.ref()) || (c.purl() != null && subjects.contains(c.purl()))) {
        refs.add(c.ref());
      }
    }
    refs.remove(inventory.project().ref());
    return refs;
  }
}

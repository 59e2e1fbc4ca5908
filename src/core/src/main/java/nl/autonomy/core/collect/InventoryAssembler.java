package nl.autonomy.core.collect;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.ComponentMerger;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.WalkStats;

/**
 * Turns the detectors' findings into one inventory: components merged by ref, and one project as
 * the SBOM's subject. When the tree holds several projects (two reactors, a Maven back end and an
 * npm front end), the subject is the scanned folder and each project becomes a component under it.
 */
public final class InventoryAssembler {

  private InventoryAssembler() {
  }

  public static Inventory assemble(
      String rootName, List<Detection> detections, List<Problem> walkProblems, Provenance provenance,
      WalkStats walk) {
    Detection all = Detection.merge(detections);
    List<Component> projects = ComponentMerger.merge(all.projects());
    List<Component> components = new ArrayList<>(all.components());
    List<DependencyEdge> edges = new ArrayList<>(all.edges());
    Component subject;
    if (projects.size() == 1) {
      subject = projects.get(0);
    } else {
      subject = Component.builder("project:" + rootName, Ecosystem.GENERIC, rootName).direct(true).build();
      for (Component p : projects) {
        components.add(p.toBuilder().role(ComponentRole.PROJECT).build());
        edges.add(new DependencyEdge(subject.ref(), p.ref()));
      }
    }
    List<Component> merged = ComponentMerger.merge(components).stream()
        .filter(c -> !c.ref().equals(subject.ref()))
        .toList();
    List<Problem> problems = new ArrayList<>(walkProblems);
    problems.addAll(all.problems());
    return new Inventory(subject, merged, List.of(), all.serviceUses(), edges, problems, provenance, walk,
        all.publicCode(), List.of()); // supplier SBOMs are joined by the scanner, after the truth check
  }
}

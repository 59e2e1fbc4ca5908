package nl.autonomy.core.detect;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PublicCode;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.model.SupplierSbom;

/**
 * What one detector found. Components with the same ref from several detections are merged by the
 * scanner (evidence joined, the scope that ships wins).
 *
 * @param projects the projects (roots) found, e.g. Maven reactor roots; the first becomes the
 *     SBOM's subject when the scan finds exactly one, and they are listed as components otherwise
 * @param components components found
 * @param edges dependency edges (project ref or component ref to component ref)
 * @param serviceUses sightings of catalog services
 * @param problems what could not be read
 * @param publicCode publiccode.yml files read
 * @param sboms supplier SBOMs read, as claimed
 */
public record Detection(
    List<Component> projects, List<Component> components, List<DependencyEdge> edges,
    List<ServiceUse> serviceUses, List<Problem> problems, List<PublicCode> publicCode, List<SupplierSbom> sboms) {

  public Detection(
      List<Component> projects, List<Component> components, List<DependencyEdge> edges,
      List<ServiceUse> serviceUses, List<Problem> problems) {
    this(projects, components, edges, serviceUses, problems, List.of(), List.of());
  }

  public Detection {
    publicCode = publicCode == null ? List.of() : List.copyOf(publicCode);
    projects = List.copyOf(projects);
    components = List.copyOf(components);
    edges = List.copyOf(edges);
    serviceUses = List.copyOf(serviceUses);
    problems = List.copyOf(problems);
    sboms = sboms == null ? List.of() : List.copyOf(sboms);
  }

  public static Detection empty() {
    return new Detection(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public static Detection ofProblem(Problem problem) {
    return new Detection(List.of(), List.of(), List.of(), List.of(), List.of(problem));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Joins several detections into one (a detector that reads many files builds one per file). */
  public static Detection merge(List<Detection> parts) {
    Builder b = builder();
    for (Detection d : parts) {
      b.projects.addAll(d.projects);
      b.components.addAll(d.components);
      b.edges.addAll(d.edges);
      b.serviceUses.addAll(d.serviceUses);
      b.problems.addAll(d.problems);
      b.publicCode.addAll(d.publicCode);
      b.sboms.addAll(d.sboms);
    }
    return b.build();
  }

  /** Collects the results of one detector run. */
  public static final class Builder {
    private final List<Component> projects = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final List<DependencyEdge> edges = new ArrayList<>();
    private final List<ServiceUse> serviceUses = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<PublicCode> publicCode = new ArrayList<>();
    private final List<SupplierSbom> sboms = new ArrayList<>();

    public Builder project(Component c) { projects.add(c); return this; }
    public Builder component(Component c) { components.add(c); return this; }
    public Builder edge(String from, String to) { edges.add(new DependencyEdge(from, to)); return this; }
    public Builder edge(DependencyEdge e) { edges.add(e); return this; }
    public Builder serviceUse(ServiceUse u) { serviceUses.add(u); return this; }
    public Builder problem(Problem p) { problems.add(p); return this; }
    public Builder publicCode(PublicCode p) { publicCode.add(p); return this; }
    public Builder sbom(SupplierSbom s) { sboms.add(s); return this; }
    public Builder add(Detection d) {
      projects.addAll(d.projects);
      components.addAll(d.components);
      edges.addAll(d.edges);
      serviceUses.addAll(d.serviceUses);
      problems.addAll(d.problems);
      publicCode.addAll(d.publicCode);
      sboms.addAll(d.sboms);
      return this;
    }

    public Detection build() {
      return new Detection(projects, components, edges, serviceUses, problems, publicCode, sboms);
    }
  }
}

package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything collected from a codebase: the SBOM's content plus what could not be read.
 *
 * @param project the scanned project itself (CycloneDX {@code metadata.component})
 * @param components all components, sorted by ref, one per ref
 * @param services cloud and SaaS services found, sorted by id (built by classification)
 * @param serviceUses raw sightings of catalog services by detectors, joined into {@code services}
 * @param edges dependency edges, sorted
 * @param problems what could not be read or resolved, sorted
 * @param provenance what was scanned, when, by what
 * @param walk what the file walk saw
 * @param publicCode the {@code publiccode.yml} files found, sorted by path (empty when none)
 * @param suppliedSboms the SBOMs the scanned delivery holds (or that was scanned), as claimed,
 *     sorted by file
 */
public record Inventory(
    Component project, List<Component> components, List<Service> services, List<ServiceUse> serviceUses,
    List<DependencyEdge> edges,
    List<Problem> problems, Provenance provenance, WalkStats walk, List<PublicCode> publicCode,
    List<SupplierSbom> suppliedSboms) {

  /** An inventory without publiccode.yml files and supplier SBOMs. */
  public Inventory(
      Component project, List<Component> components, List<Service> services, List<ServiceUse> serviceUses,
      List<DependencyEdge> edges, List<Problem> problems, Provenance provenance, WalkStats walk) {
    this(project, components, services, serviceUses, edges, problems, provenance, walk, List.of(), List.of());
  }

  public Inventory {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(provenance, "provenance");
    components = components.stream()
        .sorted(java.util.Comparator.comparing(Component::ref)).toList();
    services = services.stream().sorted().toList();
    serviceUses = serviceUses.stream().distinct()
        .sorted(java.util.Comparator.comparing(ServiceUse::serviceId).thenComparing(ServiceUse::evidence))
        .toList();
    edges = edges.stream().distinct().sorted().toList();
    problems = problems.stream().distinct().sorted().toList();
    walk = walk == null ? WalkStats.empty() : walk;
    publicCode = publicCode == null ? List.of() : publicCode.stream().sorted().toList();
    suppliedSboms = suppliedSboms == null ? List.of()
        : suppliedSboms.stream().sorted(java.util.Comparator.comparing(SupplierSbom::file)).toList();
  }

  /**
   * False when anything could not be read or resolved, or when components are known only from a
   * declaration (no lockfile): the SBOM may then be short, and its versions guesses.
   */
  public boolean complete() {
    return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR) && declaredOnly() == 0;
  }

  /** Components known only from a manifest's declaration ({@link Component#declaredOnly}). */
  public int declaredOnly() {
    return (int) components.stream().filter(Component::declaredOnly).count();
  }

  public Inventory withComponents(List<Component> newComponents) {
    return new Inventory(project, newComponents, services, serviceUses, edges, problems, provenance, walk, publicCode,
        suppliedSboms);
  }

  public Inventory withServices(List<Service> newServices) {
    return new Inventory(project, components, newServices, serviceUses, edges, problems, provenance, walk, publicCode,
        suppliedSboms);
  }

  public Inventory withProject(Component newProject) {
    return new Inventory(newProject, components, services, serviceUses, edges, problems, provenance, walk, publicCode,
        suppliedSboms);
  }

  public Inventory withSuppliedSboms(List<SupplierSbom> sboms) {
    return new Inventory(project, components, services, serviceUses, edges, problems, provenance, walk, publicCode,
        sboms);
  }

  public Inventory withProblems(List<Problem> newProblems) {
    return new Inventory(project, components, services, serviceUses, edges, newProblems, provenance, walk, publicCode,
        suppliedSboms);
  }
}

package nl.autonomy.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.maven.MavenDetector;
import nl.autonomy.core.detect.maven.MavenGraphProvider;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.detect.maven.MavenPurls;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.SpdxLicenses;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Problem;
import org.apache.maven.model.License;
import org.apache.maven.project.MavenProject;

/**
 * The plugin's {@link MavenGraphProvider}: every pom.xml the scan finds is matched to a project of
 * the build's reactor and its graph is taken from Maven's own resolution. Projects that no other
 * project lists as a module are the roots ({@link Detection#projects()}); the others become
 * components with {@code autonomy:module=true}, under the project that aggregates them.
 *
 * <p>Created per mojo execution; it holds no state between scans.
 */
final class ReactorGraphProvider implements MavenGraphProvider {

  static final String PACKAGING_PROPERTY = "maven.packaging";

  private final List<MavenProject> reactor;
  private final Set<Path> ownedElsewhere;
  private final ProjectGraphResolver resolver;
  private final OutOfReactorProjects outOfReactor;
  private final DependencyGraphMapper mapper;
  private final Supplier<List<Problem>> lateProblems;
  private final CoordinatesCollector coordinates;

  /**
   * @param reactor the projects of the build
   * @param ownedElsewhere pom files (absolute, normalised) that another execution reports on
   *     (per-module mode: every reactor project but the current one)
   * @param lateProblems what the mapping met on the way (POMs that could not be read), asked once mapped
   * @param coordinates resolves coordinates declared outside Maven (Gradle builds in the tree)
   */
  ReactorGraphProvider(List<MavenProject> reactor, Set<Path> ownedElsewhere, ProjectGraphResolver resolver,
      OutOfReactorProjects outOfReactor, DependencyGraphMapper mapper, Supplier<List<Problem>> lateProblems,
      CoordinatesCollector coordinates) {
    this.reactor = List.copyOf(reactor);
    this.ownedElsewhere = Set.copyOf(ownedElsewhere);
    this.resolver = resolver;
    this.outOfReactor = outOfReactor;
    this.mapper = mapper;
    this.lateProblems = lateProblems;
    this.coordinates = coordinates;
  }

  @Override
  public Detection resolveProjects(MavenProjectsRequest request) {
    Path root = request.root().toAbsolutePath().normalize();
    Detection.Builder out = Detection.builder();
    Map<Path, MavenProject> byPom = new HashMap<>();
    reactor.forEach(p -> byPom.put(normalised(p.getFile().toPath()), p));
    Map<String, MavenProject> projects = new LinkedHashMap<>();
    for (String pomFile : request.pomFiles()) {
      Path pom = root.resolve(pomFile).normalize();
      if (ownedElsewhere.contains(pom)) {
        continue;
      }
      MavenProject project = byPom.get(pom);
      if (project == null) {
        project = outOfReactor.load(pom.toFile(), pomFile, out::problem).orElse(null);
      }
      if (project != null) {
        projects.put(pomFile, project);
      }
    }
    Map<Path, MavenProject> aggregatorOf = aggregators(projects.values());
    projects.forEach((pomFile, project) -> {
      MavenProject aggregator = aggregatorOf.get(normalised(project.getBasedir().toPath()));
      Component self = projectComponent(project, pomFile, aggregator != null);
      if (aggregator == null) {
        out.project(self);
      } else {
        out.component(self);
        out.edge(ref(aggregator), self.ref());
      }
      ProjectGraphResolver.Resolved resolved = resolver.resolve(project, pomFile);
      resolved.problems().forEach(out::problem);
      if (resolved.root() != null) {
        List<org.apache.maven.model.Dependency> managed = project.getDependencyManagement() == null
            ? List.of() : project.getDependencyManagement().getDependencies();
        DeclarationIndex declarations = DeclarationIndex.of(project.getDependencies(), managed, root, pomFile);
        mapper.map(new ProjectGraph(self.ref(), pomFile, resolved.root(), declarations), out);
      }
    });
    lateProblems.get().forEach(out::problem);
    return out.build();
  }

  @Override
  public Detection resolveCoordinates(MavenCoordinatesRequest request) {
    return coordinates.collect(request);
  }

  /** Module folder to the project that lists it in {@code <modules>}. */
  private static Map<Path, MavenProject> aggregators(Iterable<MavenProject> projects) {
    Map<Path, MavenProject> out = new HashMap<>();
    for (MavenProject p : projects) {
      for (String module : p.getModules()) {
        Path dir = normalised(p.getBasedir().toPath().resolve(module));
        if (Files.isRegularFile(dir)) {
          dir = dir.getParent();
        }
        out.putIfAbsent(dir, p);
      }
    }
    return out;
  }

  static String ref(MavenProject p) {
    return MavenPurls.of(p.getGroupId(), p.getArtifactId(), p.getVersion(), null, MavenPurls.extensionOf(p.getPackaging()));
  }

  private static Component projectComponent(MavenProject p, String pomFile, boolean module) {
    String ref = ref(p);
    Component.Builder c = Component.builder(ref, Ecosystem.MAVEN, p.getArtifactId())
        .purl(ref)
        .group(p.getGroupId())
        .version(p.getVersion())
        .direct(module)
        .property(PACKAGING_PROPERTY, p.getPackaging())
        .evidence(Evidences.manifest(MavenDetector.ID, pomFile, 0, p.getId()));
    if (module) {
      c.role(ComponentRole.MODULE);
    }
    for (License l : p.getLicenses()) {
      if (notBlank(l.getName()) || notBlank(l.getUrl())) {
        c.declaredLicense(SpdxLicenses.declared(l.getName(), l.getUrl()));
      }
    }
    if (p.getOrganization() != null) {
      Organization o = new Organization(p.getOrganization().getName(), p.getOrganization().getUrl());
      if (!o.isEmpty()) {
        c.organization(o);
      }
    }
    return c.build();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  static Path normalised(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** Every reactor pom but the given project's: what per-module executions leave to the others. */
  static Set<Path> othersThan(MavenProject current, List<MavenProject> reactor) {
    List<Path> out = new ArrayList<>();
    for (MavenProject p : reactor) {
      if (!normalised(p.getFile().toPath()).equals(normalised(current.getFile().toPath()))) {
        out.add(normalised(p.getFile().toPath()));
      }
    }
    return Set.copyOf(out);
  }
}

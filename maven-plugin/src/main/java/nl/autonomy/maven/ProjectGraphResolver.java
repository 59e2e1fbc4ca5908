package nl.autonomy.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.autonomy.core.detect.maven.MavenDetector;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.graph.DependencyNode;

/**
 * Asks Maven's own {@link ProjectDependenciesResolver} for a project's dependency graph, in the
 * build's repository session: the reactor's workspace, offline mode, mirrors, proxies and
 * credentials all apply as Maven applies them. Only the graph is collected; no artifact file is
 * downloaded, so a reactor whose modules are not built yet still yields its graph.
 */
final class ProjectGraphResolver {

  private final ProjectDependenciesResolver resolver;
  private final RepositorySystemSession session;

  ProjectGraphResolver(ProjectDependenciesResolver resolver, RepositorySystemSession buildSession) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.session = recordingPremanagedVersions(buildSession);
  }

  /**
   * The build's session, copied so that the dependency manager records the version a node had
   * before dependencyManagement changed it; the copy shares the build's caches and workspace.
   */
  private static RepositorySystemSession recordingPremanagedVersions(RepositorySystemSession buildSession) {
    DefaultRepositorySystemSession copy = new DefaultRepositorySystemSession(buildSession);
    PremanagedVersions.record(copy);
    return copy;
  }

  RepositorySystemSession session() {
    return session;
  }

  /**
   * The graph, as far as Maven could collect it, and what could not be collected.
   *
   * @param pomFile the project's pom.xml relative to the scanned root, named by the problems
   */
  Resolved resolve(MavenProject project, String pomFile) {
    DefaultDependencyResolutionRequest request = new DefaultDependencyResolutionRequest(project, session);
    request.setResolutionFilter((node, parents) -> false);
    List<Problem> problems = new ArrayList<>();
    DependencyResolutionResult result;
    try {
      result = resolver.resolve(request);
    } catch (DependencyResolutionException e) {
      result = e.getResult();
      if (result == null || result.getCollectionErrors().isEmpty()) {
        problems.add(problem(pomFile, project, e));
      }
    }
    if (result != null) {
      for (Exception e : result.getCollectionErrors()) {
        problems.add(problem(pomFile, project, e));
      }
    }
    DependencyNode root = result == null ? null : result.getDependencyGraph();
    return new Resolved(root, problems);
  }

  private static Problem problem(String pomFile, MavenProject project, Exception e) {
    return new Problem(Problem.Severity.ERROR, MavenDetector.ID, Location.of(pomFile),
        "Maven could not resolve every dependency of " + project.getId() + ", so they are missing from the result: "
            + e.getMessage(), project.getId());
  }

  /**
   * @param root the collected graph, or null when Maven could not even start collecting it
   * @param problems what could not be collected
   */
  record Resolved(DependencyNode root, List<Problem> problems) {
  }
}

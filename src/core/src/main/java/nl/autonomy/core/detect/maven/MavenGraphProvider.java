package nl.autonomy.core.detect.maven;

import nl.autonomy.core.detect.Detection;

/**
 * The port through which core obtains Maven dependency graphs. The CLI plugs in the standalone
 * Maven Resolver 2.x implementation ({@code autonomy-resolver}); the Maven plugin plugs in one over
 * the graph Maven itself resolved, so Resolver 2.x never sits on a plugin's class path.
 *
 * <p>Implementations never throw for bad input: a malformed pom, a missing parent or an
 * unresolvable dependency becomes a {@link nl.autonomy.core.model.Problem} naming the coordinate
 * and the pom.xml (file:line) that asked for it, and the rest of the graph is still returned.
 */
public interface MavenGraphProvider {

  /**
   * Resolves the Maven projects among the given pom.xml files: finds the reactor roots, builds
   * each module's effective model and collects its transitive graph.
   *
   * @return the reactor roots as {@link Detection#projects()}, every module and dependency as
   *     components (refs are purls), the edges between them, and the problems met
   */
  Detection resolveProjects(MavenProjectsRequest request);

  /**
   * Resolves declared Maven coordinates transitively, with Maven semantics (used for Gradle builds).
   */
  Detection resolveCoordinates(MavenCoordinatesRequest request);
}

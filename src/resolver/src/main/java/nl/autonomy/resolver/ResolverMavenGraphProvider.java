package nl.autonomy.resolver;

import java.util.Objects;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.maven.MavenGraphProvider;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;

/**
 * Maven dependency graphs without Maven: Maven Resolver 2.x and Maven's model builder, with Maven 3
 * semantics, the user's settings.xml and no build of the scanned project (nothing of it is run).
 *
 * <p>Stateless and thread-safe: each call sets up its own repository system and session (from
 * {@link nl.autonomy.core.ScanOptions}: offline, settings file, local repository, hashes) and closes
 * them before returning. Nothing throws for bad input: unreadable POMs and unresolvable
 * dependencies become problems naming the coordinate and the pom.xml line that asked for it.
 */
public final class ResolverMavenGraphProvider implements MavenGraphProvider {

  /** The source named in evidence and problems. */
  public static final String SOURCE = "maven";

  public ResolverMavenGraphProvider() {
    // no state: every request gets its own repository system and session
  }

  @Override
  public Detection resolveProjects(MavenProjectsRequest request) {
    Objects.requireNonNull(request, "request");
    return new ProjectsResolver(request).resolve();
  }

  @Override
  public Detection resolveCoordinates(MavenCoordinatesRequest request) {
    Objects.requireNonNull(request, "request");
    return new CoordinatesResolver(request).resolve();
  }
}

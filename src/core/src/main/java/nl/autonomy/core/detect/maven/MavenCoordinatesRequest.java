package nl.autonomy.core.detect.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.model.Component;

/**
 * Declared Maven coordinates to resolve transitively, e.g. from a Gradle build.
 *
 * @param root scanned root
 * @param project the project declaring them (edges start at its ref)
 * @param declared the declared components (purl, scope, evidence set), each resolved with its
 *     transitive dependencies
 * @param repositories extra repository URLs declared by the build (Maven Central is always used)
 * @param resolvedFor the build that declared them, set as property {@code autonomy:resolved-for} on
 *     the results, or null; it also chooses how version conflicts are settled
 * @param options offline, settings, local repository, hashes
 * @param platforms BOMs whose {@code dependencyManagement} the build imports (Gradle's
 *     {@code platform()}/{@code enforcedPlatform()}, the Spring dependency-management plugin's
 *     {@code mavenBom}, Spring Boot's BOM), in the order declared: they give declared coordinates
 *     without a version theirs and manage the whole graph; see {@link PlatformImports}
 */
public record MavenCoordinatesRequest(
    Path root, Component project, List<Component> declared, List<String> repositories, Build resolvedFor,
    ScanOptions options, List<Component> platforms) {

  public MavenCoordinatesRequest {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(options, "options");
    declared = List.copyOf(declared);
    repositories = List.copyOf(repositories);
    platforms = platforms == null ? List.of() : List.copyOf(platforms);
  }

  /** A request without imported BOMs. */
  public MavenCoordinatesRequest(Path root, Component project, List<Component> declared, List<String> repositories,
      Build resolvedFor, ScanOptions options) {
    this(root, project, declared, repositories, resolvedFor, options, List.of());
  }

  /** A build tool whose declarations are resolved with Maven resolution. */
  public enum Build implements nl.autonomy.core.model.Identified {
    /** Gradle: a version conflict is settled by the highest version, not Maven's nearest. */
    GRADLE;

    @Override
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the highest version of a conflict wins (Gradle) rather than the nearest (Maven). */
    public boolean highestVersionWins() {
      return this == GRADLE;
    }
  }
}

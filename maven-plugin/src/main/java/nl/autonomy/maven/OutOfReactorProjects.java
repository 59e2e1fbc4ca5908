package nl.autonomy.maven;

import java.io.File;
import java.util.Optional;
import java.util.function.Consumer;
import nl.autonomy.core.detect.maven.MavenDetector;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;

/**
 * Builds, with Maven's own {@link ProjectBuilder}, a pom.xml under the scanned folder that is not
 * part of the build's reactor (a module left out of {@code <modules>}), so the plugin sees every
 * Maven project the CLI sees in the same folder.
 */
final class OutOfReactorProjects {

  private final ProjectBuilder builder;
  private final ProjectBuildingRequest template;

  OutOfReactorProjects(ProjectBuilder builder, ProjectBuildingRequest buildRequest) {
    this.builder = builder;
    this.template = buildRequest;
  }

  Optional<MavenProject> load(File pom, String relativePom, Consumer<Problem> problems) {
    ProjectBuildingRequest request = new DefaultProjectBuildingRequest(template);
    request.setProcessPlugins(false);
    request.setResolveDependencies(false);
    request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
    try {
      return Optional.of(builder.build(pom, request).getProject());
    } catch (ProjectBuildingException | RuntimeException e) {
      problems.accept(Problem.error(MavenDetector.ID, Location.of(relativePom),
          "this pom.xml is not part of the build's reactor and Maven could not read it, so its dependencies are "
              + "missing: " + e.getMessage()));
      return Optional.empty();
    }
  }
}

package nl.autonomy.maven;

import java.util.List;
import javax.inject.Inject;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.ScanResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystem;

/**
 * Writes the CycloneDX SBOM (JSON and XML) of the project, or of the whole reactor with
 * {@code aggregate}: every dependency Maven resolved with its vendor, license and lock-in facts,
 * and the cloud services the code talks to.
 *
 * @since 0.1.0
 */
@Mojo(name = "sbom", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyCollection = ResolutionScope.TEST)
public final class SbomMojo extends AbstractAutonomyMojo {

  @Inject
  public SbomMojo(RepositorySystem repositorySystem, ProjectDependenciesResolver dependenciesResolver,
      ProjectBuilder projectBuilder, MavenProjectHelper projectHelper) {
    super(repositorySystem, dependenciesResolver, projectBuilder, projectHelper);
  }

  @Override
  String goal() {
    return "sbom";
  }

  @Override
  List<String> defaultFormats() {
    return List.of("cyclonedx-json", "cyclonedx-xml");
  }

  @Override
  EvaluationOptions evaluation() {
    return EvaluationOptions.defaults();
  }

  @Override
  void afterWriting(ScanResult result) {
    // the SBOM goal reports; judging is the check goal's job
  }
}

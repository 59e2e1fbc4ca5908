package nl.autonomy.maven;

import java.io.File;
import java.util.List;
import javax.inject.Inject;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystem;

/**
 * Scans the project (or the reactor with {@code aggregate}), evaluates it against an autonomy
 * policy, writes the SBOM and the reports, and fails the build when the policy says so.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyCollection = ResolutionScope.TEST)
public final class CheckMojo extends AbstractAutonomyMojo {

  /**
   * The policy: a shipped policy id ({@code default}, {@code strict-sovereign},
   * {@code procurement}, {@code amsterdam-2030}, {@code eu-csf}), the path of a policy file, or a policy
   * shared in git ({@code git+https://host/org/repo.git#REF:path/policy.yaml}, see {@code sharedCatalogs}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.policy", defaultValue = "default")
  String policy;

  /**
   * The finding severity from which the build fails: {@code error}, {@code warning} or
   * {@code never} (report only).
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.failOn", defaultValue = "error")
  String failOn;

  /**
   * An earlier {@code report.json}: only findings that are new relative to it fail the build.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.baseline")
  File baseline;

  @Inject
  public CheckMojo(RepositorySystem repositorySystem, ProjectDependenciesResolver dependenciesResolver,
      ProjectBuilder projectBuilder, MavenProjectHelper projectHelper) {
    super(repositorySystem, dependenciesResolver, projectBuilder, projectHelper);
  }

  @Override
  String goal() {
    return "check";
  }

  @Override
  List<String> defaultFormats() {
    return List.of("all");
  }

  @Override
  EvaluationOptions evaluation() throws MojoExecutionException {
    FailOn threshold;
    try {
      threshold = FailOn.fromId(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("autonomy.failOn must be error, warning or never, not '" + failOn + "'", e);
    }
    if (baseline != null && !baseline.isFile()) {
      throw new MojoExecutionException("autonomy.baseline: no such file " + baseline);
    }
    return new EvaluationOptions(policy, baseline == null ? null : baseline.toPath(), threshold);
  }

  @Override
  void afterWriting(ScanResult result) throws MojoFailureException {
    new PolicyGate(FailOn.fromId(failOn)).enforce(result);
  }
}

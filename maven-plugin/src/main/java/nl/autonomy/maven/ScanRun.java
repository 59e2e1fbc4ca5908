package nl.autonomy.maven;

import java.util.Optional;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.NothingToScanException;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.detect.maven.MavenGraphProvider;
import nl.autonomy.core.enrich.EnrichOptions;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.policy.PolicyException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Runs the same core pipeline as the CLI over a project's folder, with Maven's graph plugged in:
 * the plugin adds no domain logic of its own.
 */
final class ScanRun {

  private final MavenGraphProvider maven;
  private final ScanOptions options;
  private final EvaluationOptions evaluation;
  private final EnrichOptions enrich;

  ScanRun(MavenGraphProvider maven, ScanOptions options, EvaluationOptions evaluation, EnrichOptions enrich) {
    this.maven = maven;
    this.options = options;
    this.evaluation = evaluation;
    this.enrich = enrich;
  }

  ScanResult scan(MavenProject project) throws MojoExecutionException {
    ScanRequest request = new ScanRequest(project.getBasedir().toPath(), project.getBasedir().toString(), SourceKind.FOLDER,
        options, evaluation, Optional.of(maven), ProgressListener.NONE).withEnrich(enrich);
    try {
      return new Scanner().scan(request);
    } catch (PolicyException e) {
      throw new MojoExecutionException("The autonomy policy " + evaluation.policy() + " cannot be used: "
          + e.getMessage(), e);
    } catch (NothingToScanException e) {
      // cannot happen for a project Maven read (its pom is recognised), but an empty answer must
      // never pass as an autonomous one: the build says so and stops
      throw new MojoExecutionException("Autonomy found nothing to scan: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Autonomy could not scan " + project.getBasedir() + ": " + e.getMessage(), e);
    }
  }
}

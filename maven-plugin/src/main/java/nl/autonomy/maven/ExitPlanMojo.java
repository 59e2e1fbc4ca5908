package nl.autonomy.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.exit.ExitCatalog;
import nl.autonomy.core.model.ExitPlan;
import nl.autonomy.core.exit.ExitPlanner;
import nl.autonomy.core.model.ExitSelection;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.policy.Evaluation;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.report.ExitPlanOutput;
import nl.autonomy.core.report.view.ExitPlanTexts;
import nl.autonomy.core.report.view.ReportTexts;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.RepositorySystem;

/**
 * Scans the project like {@code check} and writes the exit plan next to the reports:
 * {@code exit-plan.json}, {@code exit-plan.md} and {@code exit-plan.html} (docs/exit-plans.md). A
 * plan is information, not a gate: it never fails the build on the policy.
 *
 * @since 0.1.0
 */
@Mojo(name = "exit-plan", threadSafe = true, requiresDependencyCollection = ResolutionScope.TEST)
public final class ExitPlanMojo extends AbstractAutonomyMojo {

  /**
   * The policy the what-if is judged by: a shipped id or a policy file.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.policy", defaultValue = "default")
  String policy;

  /**
   * Leave every service of this vendor or its owner ({@code microsoft} includes GitHub).
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.vendor")
  String vendor;

  /**
   * Leave this one service (a catalog id, e.g. {@code azure-blob-storage}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.service")
  String service;

  /**
   * Rank every service by autonomy points gained per effort point.
   *
   * @since 0.1.0
   */
  @Parameter(property = "autonomy.rank", defaultValue = "true")
  boolean rank;

  @Inject
  public ExitPlanMojo(RepositorySystem repositorySystem, ProjectDependenciesResolver dependenciesResolver,
      ProjectBuilder projectBuilder, MavenProjectHelper projectHelper) {
    super(repositorySystem, dependenciesResolver, projectBuilder, projectHelper);
  }

  @Override
  String goal() {
    return "exit-plan";
  }

  @Override
  List<String> defaultFormats() {
    return List.of("all");
  }

  @Override
  EvaluationOptions evaluation() throws MojoExecutionException {
    if (vendor != null && service != null) {
      throw new MojoExecutionException("autonomy.vendor and autonomy.service name two exits: give one of them");
    }
    return new EvaluationOptions(policy, null, FailOn.NEVER);
  }

  @Override
  void afterWriting(ScanResult result) throws MojoExecutionException {
    ExitSelection selection = vendor != null ? ExitSelection.vendor(vendor)
        : service != null ? ExitSelection.service(service) : ExitSelection.all();
    Evaluation evaluation = new Evaluation();
    ExitPlanner planner;
    try {
      planner = new ExitPlanner(
          new CatalogLoader().load(catalogs == null ? List.of() : catalogs.stream().map(File::toPath).toList()),
          ExitCatalog.loadDefault(), LockInRules.loadDefault(), evaluation,
          evaluation.prepare(new EvaluationOptions(policy, null, FailOn.ERROR)));
    } catch (PolicyException | CatalogException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (selection.kind() != ExitSelection.Kind.ALL && planner.select(result.inventory(), selection).isEmpty()) {
      throw new MojoExecutionException("Autonomy exit-plan: no service of " + selection.kind().id() + " '"
          + selection.value() + "' in this scan; it found: " + result.inventory().services().stream()
              .map(s -> s.id()).toList());
    }
    ExitPlan plan = planner.plan(result, selection, rank);
    try {
      List<Path> written = new ExitPlanOutput().write(plan, locale(), writtenTo);
      getLog().info(new ExitPlanTexts(ReportTexts.of(locale())).headline(plan));
      written.forEach(p -> getLog().info("  " + p));
    } catch (IOException e) {
      throw new MojoExecutionException("Autonomy could not write the exit plan to " + writtenTo + ": "
          + nl.autonomy.core.text.IoReasons.of(e), e);
    }
  }
}

package nl.autonomy.resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import org.apache.maven.model.Model;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingResult;
import org.apache.maven.model.building.ModelProblem;

/**
 * Builds a project's effective model as Maven would before a build: parents (local through
 * {@code relativePath}, else from the repositories), properties and interpolation, imported BOMs,
 * profiles activated by default, JDK, OS, property or file, and the POM's own repositories.
 * Locations are tracked so every dependency knows the file and line that declared it.
 */
final class EffectiveModelBuilder {

  /** The effective model, or null when it could not be built, and the problems met. */
  record Outcome(Model model, List<Problem> problems) {
  }

  private final ResolutionContext context;
  private final ModelLocations locations;

  EffectiveModelBuilder(ResolutionContext context, ModelLocations locations) {
    this.context = context;
    this.locations = locations;
  }

  Outcome build(String relativePom) {
    return build(relativePom, null);
  }

  /**
   * @param config how Maven would be invoked on the reactor ({@code .mvn/maven.config}, the user's
   *     {@code -D}): its user properties win over the POMs' properties (so {@code ${revision}} is
   *     the one given there), its system properties ({@code jvm.config}) come under them, and its
   *     {@code -P} profiles are activated or deactivated; null for none
   */
  Outcome build(String relativePom, MavenBuildConfig config) {
    Path pom = locations.root().resolve(relativePom);
    // Maven 3 interpolates without a bound: a POM whose properties multiply must not reach it
    var unsafe = PropertyExpansionGuard.check(locations.root(), relativePom);
    if (unsafe.isPresent()) {
      return new Outcome(null, List.of(unsafe.get()));
    }
    Properties system = config == null ? new Properties() : config.modelSystemProperties();
    if (config == null) {
      system.putAll(System.getProperties());
    }
    ModelBuildingRequest request = new DefaultModelBuildingRequest()
        .setPomFile(pom.toFile())
        .setModelResolver(new ResolverModelResolver(context.system(), context.session(),
            context.forResolution(List.of(Repositories.central()))))
        .setModelCache(context.modelCache())
        .setSystemProperties(system)
        .setUserProperties(config == null ? new Properties() : config.modelUserProperties())
        .setActiveProfileIds(config == null ? List.of() : config.activeProfiles())
        .setInactiveProfileIds(config == null ? List.of() : config.inactiveProfiles())
        .setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MAVEN_3_0)
        .setProcessPlugins(false)
        .setTwoPhaseBuilding(false)
        .setLocationTracking(true);
    try {
      ModelBuildingResult result = context.modelBuilder().build(request);
      return new Outcome(result.getEffectiveModel(), problems(result.getProblems(), relativePom));
    } catch (ModelBuildingException e) {
      List<Problem> problems = problems(e.getProblems(), relativePom);
      if (problems.isEmpty()) {
        problems = List.of(Problem.error(ResolverMavenGraphProvider.SOURCE, Location.of(relativePom),
            "cannot build the effective model: " + e.getMessage()));
      }
      return new Outcome(null, problems);
    }
  }

  /** Errors only: Maven's warnings (deprecated expressions, plugin versions) change nothing here. */
  private List<Problem> problems(List<ModelProblem> modelProblems, String relativePom) {
    List<Problem> out = new ArrayList<>();
    for (ModelProblem p : modelProblems) {
      if (p.getSeverity() == ModelProblem.Severity.WARNING) {
        continue;
      }
      Location at = locations.ofSource(p.getSource(), p.getLineNumber(), p.getColumnNumber(), relativePom);
      String where = at.file().equals(relativePom) ? "" : " (building " + relativePom + ")";
      out.add(new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, at,
          p.getMessage() + where, p.getModelId() == null || p.getModelId().isBlank() ? null : p.getModelId()));
    }
    return out;
  }
}

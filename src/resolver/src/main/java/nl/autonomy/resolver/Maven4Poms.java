package nl.autonomy.resolver;

import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * Maven 4 POMs (model 4.1.0 and later: {@code <subprojects>}, a parent and a version inferred from
 * the reactor, new elements) cannot be read by the Maven 3 model builder Autonomy resolves with
 * (maven-model-builder 3.x, under Maven Resolver's {@code mvn3} supplier): read with it they would
 * lose their subprojects and inferred coordinates without a word. Such a POM is refused with an
 * error naming it, so the SBOM says it is incomplete instead of being silently half-read.
 */
final class Maven4Poms {

  private Maven4Poms() {
  }

  static Problem refusal(PomHeader pom) {
    return new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, Location.of(pom.path()),
        "this is a Maven 4 POM (" + pom.maven4() + "), which Autonomy's Maven 3 model builder cannot read "
            + "(<subprojects>, parent and version inferred from the reactor): the project and its dependencies are "
            + "missing from this SBOM rather than read half", pom.path());
  }
}

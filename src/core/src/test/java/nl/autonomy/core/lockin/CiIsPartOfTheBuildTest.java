package nl.autonomy.core.lockin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import org.junit.jupiter.api.Test;

/** A CI system is a dependency of the build: it must not weigh as if it shipped with the product. */
class CiIsPartOfTheBuildTest {

  private static Evidence step(String file, int line, Scope scope) {
    return new Evidence("signals.ci", EvidenceKind.CI, Location.of(file, line), "uses: actions/checkout@v4", 1.0, scope);
  }

  private static Service service(String id, String category, List<Evidence> evidence) {
    return new Service(id, id, "github", category, LockInLevel.PROPRIETARY_API, List.of(), List.of(), evidence,
        List.of(), null);
  }

  @Test
  void theCiSystemsOwnStepsAreBuildEvidenceWhereverTheyAreWritten() {
    Service ci = service("github-actions", "ci", List.of(
        step(".github/workflows/build.yml", 16, Scope.RUNTIME), step("ci/test-fixture.yml", 3, Scope.TEST)));

    Service judged = LockInStage.partOfTheBuild(ci);

    assertThat(judged.evidence()).extracting(Evidence::scope).containsExactly(Scope.BUILD, Scope.TEST);
  }

  @Test
  void aDeployTargetNamedInAWorkflowKeepsItsRuntimeScope() {
    Service deployTarget = service("azure-functions", "compute", List.of(step(".github/workflows/build.yml", 29, Scope.RUNTIME)));

    assertThat(LockInStage.partOfTheBuild(deployTarget)).isSameAs(deployTarget);
  }
}

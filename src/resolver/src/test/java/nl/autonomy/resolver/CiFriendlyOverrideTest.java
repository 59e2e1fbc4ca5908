package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's own {@code -D} (the CLI's {@code --define}) wins over the project's
 * {@code .mvn/maven.config}, and the user's {@code -P} adds to its profiles (a deactivation wins
 * over an activation, in Maven's profile selector), as on Maven's command line; both reach every
 * module, also as a sibling's dependency.
 */
class CiFriendlyOverrideTest {

  @TempDir
  Path temp;

  @Test
  void theUsersDefineOverridesMavenConfig() throws IOException {
    Path root = FixtureRepository.resources().resolve("cases/ci-friendly-maven-config/project");
    Detection d = new ResolverMavenGraphProvider().resolveProjects(new MavenProjectsRequest(root,
        FixtureRepository.poms(root), FixtureRepository.options(temp)
            .withMavenUserProperties(Map.of("revision", "2.0.0", "changelist", ""))
            .withMavenProfiles(List.of("!with-extra", "never"))));
    // maven.config deactivates 'never' and the user deactivates 'with-extra': neither is active
    assertThat(d.problems()).isEmpty();
    assertThat(d.projects()).extracting(Component::version).containsExactly("2.0.0");
    assertThat(ResolutionCaseTest.describe(d)).containsExactly(
        "module org.case:app:2.0.0",
        "module org.case:core:2.0.0",
        "org.fixture:leaf-2:1.0 compile direct",
        "org.fixture:lib-a:1.0 compile direct",
        "org.fixture:lib-b:1.0 compile transitive",
        "project org.case:parent:2.0.0");
  }
}

package nl.autonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Inventory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The polyglot sample (Django back end, React front end, Helm chart, Dockerfile) scanned end to end
 * through {@link Scanner}: its npm and PyPI components exactly as the golden list says, the package
 * declared in pyproject.toml and pinned by both poetry.lock and requirements.txt as one component
 * with all three pieces of evidence,
 * and both projects under one subject. Other ecosystems' components are asserted by their own tests.
 */
class WijkbudgetPolyglotSampleTest {

  private static final Path SAMPLE = Path.of("../../samples/wijkbudget-polyglot");
  private static final Path GOLDEN = Path.of("src/test/resources/eco/polyglot/wijkbudget-npm-pypi.txt");
  private static final Set<Ecosystem> MINE = Set.of(Ecosystem.NPM, Ecosystem.PYPI);

  private static Inventory inventory;

  @BeforeAll
  static void scan() {
    inventory = new Scanner().scan(ScanRequest.of(SAMPLE, ScanOptions.defaults().withOffline(true), null)).inventory();
  }

  @Test
  void findsEveryNpmAndPypiComponentOfTheGoldenList() throws IOException {
    List<String> actual = inventory.components().stream()
        .filter(c -> MINE.contains(c.ecosystem()) && c.role() != nl.autonomy.core.model.ComponentRole.PROJECT)
        .map(c -> c.ref() + " " + c.scope().id() + (c.direct() ? " direct" : " transitive")
            + (c.optional() ? " optional" : ""))
        .sorted().toList();
    if (Boolean.getBoolean("golden.update")) {
      Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void aPackageInPoetryLockRequirementsTxtAndPyprojectIsOneComponentWithEachPieceOfEvidence() {
    Component django = inventory.components().stream()
        .filter(c -> c.ref().equals("pkg:pypi/django@5.0.1")).findFirst().orElseThrow();
    assertThat(django.evidence()).extracting(Evidence::location).extracting(l -> l.file())
        .containsExactlyInAnyOrder("backend/poetry.lock", "backend/pyproject.toml", "backend/requirements.txt");
    assertThat(django.direct()).isTrue();
  }

  @Test
  void aDirectNpmDependencyCarriesItsLockfileEntryAndItsPackageJsonLine() {
    Component react = inventory.components().stream()
        .filter(c -> c.ref().equals("pkg:npm/react@18.2.0")).findFirst().orElseThrow();
    assertThat(react.evidence()).extracting(e -> e.location().toString())
        .containsExactly("frontend/package-lock.json:1460", "frontend/package.json:13");
  }

  @Test
  void theFrontEndAndTheBackEndAreProjectsUnderOneSubject() {
    assertThat(inventory.components()).filteredOn(c -> c.role() == nl.autonomy.core.model.ComponentRole.PROJECT)
        .extracting(Component::ref)
        .contains("pkg:npm/wijkbudget-frontend@1.3.0", "pkg:pypi/wijkbudget-backend@1.3.0");
    assertThat(inventory.edges()).anySatisfy(e -> {
      assertThat(e.from()).isEqualTo("pkg:pypi/wijkbudget-backend@1.3.0");
      assertThat(e.to()).isEqualTo("pkg:pypi/djangorestframework@3.14.0");
    });
  }

  @Test
  void readsTheSampleWithoutProblems() {
    assertThat(inventory.problems()).filteredOn(p -> p.source().equals("npm") || p.source().equals("python"))
        .isEmpty();
  }
}

package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading pom headers safely, and finding the reactors among the pom.xml files of a scan. */
class ReactorDiscoveryTest {

  private static final Path POMS = FixtureRepository.resources().resolve("poms");

  @Test
  void anExternalEntityIsNeverResolved() {
    SafePomReader.Outcome outcome = SafePomReader.read(POMS, "xxe.xml");

    // the DTD is not processed: &secret; stays unexpanded and /etc/hostname is never read
    assertThat(outcome.problem()).isNull();
    assertThat(outcome.header().artifactId()).isEmpty();
    assertThat(outcome.header().groupId()).isEqualTo("org.case");
  }

  @Test
  void headerTakesInheritedCoordinatesAndModulesOfProfilesActiveByDefault() {
    PomHeader header = SafePomReader.read(POMS, "profiles.xml").header();

    assertThat(header.groupId()).isEqualTo("org.case");
    assertThat(header.version()).isEqualTo("7");
    assertThat(header.literalCoordinates()).isEqualTo("org.case:reactor:7");
    assertThat(header.modules()).containsExactly("core", "extras");
  }

  @ParameterizedTest
  @CsvSource({
      "pom.xml, core, core/pom.xml",
      "pom.xml, ./core/, core/pom.xml",
      "parent/pom.xml, ../sibling, sibling/pom.xml",
      "pom.xml, build/special-pom.xml, build/special-pom.xml",
      "pom.xml, ../outside, ",
      "a/pom.xml, ../../outside, ",
  })
  void moduleEntriesNameAPomInsideTheScannedFolder(String listing, String module, String expected) {
    assertThat(ReactorDiscovery.modulePom(listing, module)).isEqualTo(expected);
  }

  @Test
  void aPomThatNoReactorListsIsABuildOfItsOwn() {
    Path root = FixtureRepository.resources().resolve("cases/reactor-siblings/project");

    ReactorDiscovery.Result result = ReactorDiscovery.discover(root,
        List.of("app/pom.xml", "core/pom.xml", "legacy/pom.xml", "pom.xml"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.reactors()).extracting(r -> r.root().path() + " " + r.members().stream().map(PomHeader::path).toList())
        .containsExactly("legacy/pom.xml [legacy/pom.xml]", "pom.xml [pom.xml, core/pom.xml, app/pom.xml]");
  }

  @Test
  void integrationTestProjectsOfAPluginAreTestDataNotBuilds() {
    Path root = FixtureRepository.resources().resolve("cases/reactor-siblings/project");

    ReactorDiscovery.Result result = ReactorDiscovery.discover(root, List.of("core/pom.xml", "pom.xml"));
    ReactorDiscovery.Result withTestData = ReactorDiscovery.discover(FixtureRepository.resources(),
        List.of("cases/reactor-siblings/project/pom.xml", "poms/src/it/simple/pom.xml"));

    assertThat(result.reactors()).hasSize(1);
    assertThat(ReactorDiscovery.isTestData("plugin/src/it/simple/pom.xml")).isTrue();
    assertThat(ReactorDiscovery.isTestData("src/test/resources/unit/pom.xml")).isTrue();
    assertThat(ReactorDiscovery.isTestData("app/pom.xml")).isFalse();
    assertThat(withTestData.reactors()).extracting(r -> r.root().path())
        .containsExactly("cases/reactor-siblings/project/pom.xml");
  }
}

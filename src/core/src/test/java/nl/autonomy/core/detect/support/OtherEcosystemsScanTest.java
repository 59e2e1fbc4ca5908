package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Inventory;
import org.junit.jupiter.api.Test;

/**
 * The Gradle, container and Helm detectors through the real scanner (found by ServiceLoader, one
 * walk, merged by ref): the Gradle sample's full component list, and one package seen through two
 * manifests becoming one component with both pieces of evidence.
 */
class OtherEcosystemsScanTest {

  private static final Path SAMPLES = Path.of("../../samples");

  static Inventory scan(Path root) {
    return new Scanner().scan(ScanRequest.of(root, ScanOptions.defaults().withOffline(true), null)).inventory();
  }

  static String render(Inventory inventory) {
    List<String> lines = new ArrayList<>();
    lines.add("project " + inventory.project().ref());
    for (Component c : inventory.components()) {
      lines.add(c.ref() + " " + c.scope().id() + (c.direct() ? " direct" : " transitive")
          + (c.properties().containsKey(DeclaredOnly.INCOMPLETE) ? " declared-only" : "")
          + " evidence=" + c.evidence().stream().map(e -> e.location().toString()).distinct().toList());
    }
    inventory.problems().forEach(p -> lines.add("problem " + p.severity().id() + " " + p.location()));
    return String.join("\n", lines) + "\n";
  }

  static void assertGolden(String name, String actual) throws IOException {
    Path golden = Path.of("src/test/resources/eco/samples").resolve(name + ".expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void gradleSampleIsInventoriedFromItsLockfileCatalogDockerfileAndDeployment() throws IOException {
    Inventory inventory = scan(SAMPLES.resolve("stadspas-gradle"));

    assertGolden("stadspas-gradle", render(inventory));
    assertThat(inventory.components()).filteredOn(c -> c.name().equals("azure-identity")).singleElement()
        .satisfies(c -> assertThat(c.evidence()).extracting(e -> e.location().file())
            .containsExactly("build.gradle.kts", "gradle.lockfile", "gradle/libs.versions.toml"));
  }

  @Test
  void aPackageSeenThroughTwoManifestsIsOneComponentWithTwoEvidence() {
    Inventory inventory = scan(DetectorFixture.resource("eco/container/compose"));

    assertThat(inventory.components()).filteredOn(c -> c.name().equals("postgres")).singleElement()
        .satisfies(c -> assertThat(c.evidence()).extracting(Evidence::location).extracting(Object::toString)
            .containsExactly("compose.override.yaml:3", "docker-compose.yml:7"));
  }
}

package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * Core's scanner with its Maven detector and this provider, as the CLI wires them, on the samples
 * (needs Maven Central or a primed ~/.m2).
 */
class ScannerEndToEndTest {

  private static final Path SAMPLES = Path.of("../../samples").toAbsolutePath().normalize();

  private static Inventory scan(String sample) {
    return new Scanner().scan(ScanRequest.of(SAMPLES.resolve(sample), ScanOptions.defaults(),
        new ResolverMavenGraphProvider())).inventory();
  }

  @Test
  void theOpenServiceIsOneCompleteProjectWithEveryDependencyMavenFinds() throws Exception {
    Inventory inventory = scan("vergunningen-open");

    assertThat(inventory.complete()).as("problems: %s", inventory.problems()).isTrue();
    assertThat(inventory.project().ref()).isEqualTo("pkg:maven/nl.gemeente.vergunningen/vergunningen-service@2.1.0");
    long mavenCount = Files.readAllLines(SAMPLES.resolve("vergunningen-open/maven-dependency-list.txt")).stream()
        .filter(l -> !l.isBlank()).count();
    assertThat(inventory.components()).hasSize((int) mavenCount);
    Component postgres = inventory.components().stream().filter(c -> c.name().equals("postgresql")).findFirst().orElseThrow();
    assertThat(postgres.scope()).isEqualTo(Scope.RUNTIME);
    assertThat(postgres.properties()).containsEntry("maven.scope", "runtime");
    assertThat(postgres.evidence()).extracting(e -> e.location()).containsExactly(Location.of("pom.xml", 49));
    assertThat(inventory.edges()).anySatisfy(e -> assertThat(e.from()).isEqualTo(inventory.project().ref()));
  }

  @Test
  void theAzureApplicationScansItsReactorAndTheModuleLeftOutOfIt() {
    Inventory inventory = scan("parkeren-azure");

    assertThat(inventory.complete()).as("problems: %s", inventory.problems()).isTrue();
    assertThat(inventory.components()).filteredOn(c -> c.role() == nl.autonomy.core.model.ComponentRole.PROJECT)
        .extracting(Component::ref).containsExactly(
            "pkg:maven/nl.amsterdam.parkeren/parkeren-parent@1.4.0?type=pom",
            "pkg:maven/nl.amsterdam.parkeren/parkeren-rapportage@1.4.0");
    assertThat(inventory.components()).filteredOn(c -> c.role() == nl.autonomy.core.model.ComponentRole.MODULE)
        .extracting(Component::name).containsExactlyInAnyOrder("parkeren-api", "parkeren-domain", "parkeren-opslag");
    // only the retired report job still pulls in blob query (Avro): the reactor excludes it
    assertThat(inventory.edges()).anySatisfy(e -> {
      assertThat(e.from()).startsWith("pkg:maven/com.azure/azure-storage-blob@");
      assertThat(e.to()).startsWith("pkg:maven/com.azure/azure-storage-internal-avro@");
    });
    assertThat(inventory.edges()).anySatisfy(e -> {
      assertThat(e.from()).isEqualTo("pkg:maven/nl.amsterdam.parkeren/parkeren-rapportage@1.4.0");
      assertThat(e.to()).isEqualTo("pkg:maven/nl.amsterdam.parkeren/parkeren-domain@1.4.0");
    });
    Component blob = inventory.components().stream().filter(c -> c.name().equals("azure-storage-blob")).findFirst().orElseThrow();
    assertThat(blob.properties()).containsEntry("maven.managedBy", "com.azure:azure-sdk-bom:1.3.8");
    assertThat(blob.evidence()).extracting(e -> e.location().file())
        .contains("parkeren-opslag/pom.xml", "parkeren-rapportage/pom.xml");
  }
}

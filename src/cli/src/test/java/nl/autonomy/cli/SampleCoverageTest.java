package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Coverage;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.resolver.ResolverMavenGraphProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On the samples, the components Maven resolves come out with a known vendor (at least 95%) and a
 * known SPDX license (at least 90%), and the expected cloud services are linked. Needs the samples'
 * artifacts in the local Maven repository (Maven Central or a primed ~/.m2).
 */
class SampleCoverageTest {

  private static final Path SAMPLES = Path.of("../../samples").toAbsolutePath().normalize();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "parkeren-azure    | azure-blob-storage,azure-monitor,microsoft-entra-id",
      "vergunningen-open | amazon-s3"})
  void mavenComponentsHaveAKnownVendorAndLicense(String sample, String expectedServices) {
    Inventory inventory = new Scanner().scan(new ScanRequest(SAMPLES.resolve(sample), sample, SourceKind.FOLDER,
        ScanOptions.defaults(), null, Optional.of(new ResolverMavenGraphProvider()), null)).inventory();
    List<Component> maven = inventory.components().stream()
        .filter(c -> c.ecosystem() == Ecosystem.MAVEN)
        .toList();

    Coverage coverage = Coverage.of(maven);

    assertThat(maven).hasSizeGreaterThan(50);
    assertThat(coverage.vendorShare()).as(missing(maven, "vendor")).isGreaterThanOrEqualTo(0.95);
    assertThat(coverage.licenseShare()).as(missing(maven, "license")).isGreaterThanOrEqualTo(0.90);
    assertThat(inventory.services()).extracting(Service::id).contains(expectedServices.split(","));
  }

  private static String missing(List<Component> components, String what) {
    return "without " + what + ": " + components.stream()
        .filter(c -> what.equals("vendor") ? !c.vendor().isKnown() : !c.license().isKnown())
        .map(c -> c.purl() + " " + c.declaredLicenses())
        .collect(Collectors.joining(", "));
  }
}

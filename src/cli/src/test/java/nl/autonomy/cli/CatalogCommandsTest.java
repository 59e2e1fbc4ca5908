package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The explain and catalog commands only adapt core: these tests guard their output and exit codes. */
class CatalogCommandsTest {

  private record Run(int exitCode, String out, String err) {
  }

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String fixture(String name) throws URISyntaxException {
    return Path.of(CatalogCommandsTest.class.getResource(name).toURI()).toString();
  }

  @Test
  void explainsAnAzureClientWithItsServiceAndWayOut() {
    Run r = run(new ExplainCommand(), "pkg:maven/com.azure/azure-storage-blob@12.25.1");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Vendor:        Microsoft [microsoft], Microsoft Corporation (basis: catalog)")
        .contains("Jurisdictions: US")
        .contains("Service:       Azure Blob Storage [azure-blob-storage]")
        .contains("Lock-in:     proprietary-api")
        .contains("Standard:    S3 API (de-facto)")
        .contains("Sources:");
  }

  @Test
  void explainsAGoogleLibraryAsAVendorFactWithoutService() {
    Run r = run(new ExplainCommand(), "pkg:maven/com.google.guava/guava@33.0.0-jre");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("[google]").contains("Owned by:      Alphabet [alphabet]")
        .contains("Services:      none");
  }

  @Test
  void explainsAServiceById() {
    Run r = run(new ExplainCommand(), "amazon-s3");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("amazon-s3 (service)").contains("Lock-in:     open-protocol").contains("Garage");
  }

  @Test
  void explainsALicenseChangeByVersion() {
    Run r = run(new ExplainCommand(), "pkg:npm/mapbox-gl@3.1.0");

    assertThat(r.out()).contains("LicenseRef-scancode-mapbox-tos-2021 (proprietary, basis: history)")
        .contains("wptavern.com");
  }

  @Test
  void unknownSubjectIsAUsageError() {
    Run r = run(new ExplainCommand(), "no-such-service");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("neither a package URL").contains("catalog list");
  }

  @Test
  void explainUsesTheUserCatalog() throws URISyntaxException {
    Run r = run(new ExplainCommand(), "--catalog", fixture("city-catalog.yaml"),
        "pkg:maven/nl.amsterdam.parkeren/parkeren-core@1.0.0");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("[gemeente-amsterdam]").contains("Jurisdictions: NL, EU");
  }

  @Test
  void listsServicesOfOneVendor() {
    Run r = run(new CatalogCommand(), "list", "--vendor", "microsoft", "--category", "storage");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("azure-blob-storage").doesNotContain("amazon-s3").startsWith("ID");
  }

  @Test
  void listsFoundationsAmongVendors() {
    Run r = run(new CatalogCommand(), "list", "--type", "vendors", "--category", "foundation");

    assertThat(r.out()).contains("apache").contains("eclipse").contains("linux-foundation")
        .doesNotContain("microsoft");
  }

  @Test
  void validateReportsFileLineAndColumnAndExitsWithTwo() throws URISyntaxException {
    String broken = fixture("broken-catalog.yaml");
    Run r = run(new CatalogCommand(), "validate", fixture("city-catalog.yaml"), broken);

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).contains("city-catalog.yaml: valid")
        .contains(broken + ":4:13: service 'stadspas-api' names unknown vendor 'gemeente-nergens'");
  }

  @Test
  void invalidUserCatalogMakesListAUsageError() throws URISyntaxException {
    Run r = run(new CatalogCommand(), "list", "--catalog", fixture("broken-catalog.yaml"));

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("broken-catalog.yaml:4:13");
  }
}

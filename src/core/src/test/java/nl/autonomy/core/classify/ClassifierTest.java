package nl.autonomy.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.model.VendorBasis;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static final Catalog SHIPPED = new CatalogLoader().loadDefault();

  private static Component maven(String purl, String license, String pomLine) {
    Component c = TestComponents.of(purl, List.of(license), null);
    return c.toBuilder().evidence(Evidence.manifest("maven", new Location("pom.xml", Integer.parseInt(pomLine), 5),
        "<artifactId>" + c.name() + "</artifactId>")).build();
  }

  private static Inventory inventory(List<Component> components, List<ServiceUse> uses) {
    Component project = Component.builder("pkg:maven/nl.amsterdam.parkeren/parkeren@1.0.0", Ecosystem.MAVEN, "parkeren")
        .purl("pkg:maven/nl.amsterdam.parkeren/parkeren@1.0.0").group("nl.amsterdam.parkeren").version("1.0.0")
        .direct(true).build();
    return new Inventory(project, components, List.of(), uses, List.of(), List.of(),
        new Provenance("parkeren", SourceKind.FOLDER, null, null, null, Instant.EPOCH, "test"), null);
  }

  private static ServiceUse endpointSighting() {
    return new ServiceUse("azure-blob-storage", new Evidence("endpoints", EvidenceKind.ENDPOINT,
        new Location("src/main/resources/application.yml", 12, 14), "endpoint: https://parkeerdata.blob.core.windows.net",
        0.9, Scope.RUNTIME), "parkeerdata.blob.core.windows.net");
  }

  @Test
  void joinsClientLibrariesAndSightingsIntoOneServicePerId() {
    Inventory in = inventory(List.of(
        maven("pkg:maven/com.azure/azure-storage-blob@12.25.1", "The MIT License (MIT)", "40"),
        maven("pkg:maven/com.azure.spring/spring-cloud-azure-starter-storage-blob@5.8.0", "The MIT License (MIT)", "44"),
        maven("pkg:maven/com.google.guava/guava@33.0.0-jre", "Apache-2.0", "50")), List.of(endpointSighting()));

    Inventory out = new Classifier(SHIPPED).classify(in);

    assertThat(out.services()).hasSize(1);
    Service blob = out.services().get(0);
    assertThat(blob.id()).isEqualTo("azure-blob-storage");
    assertThat(blob.vendorId()).isEqualTo("microsoft");
    assertThat(blob.category()).isEqualTo("storage");
    assertThat(blob.lockIn()).isEqualTo(LockInLevel.PROPRIETARY_API);
    assertThat(blob.standard()).isEqualTo("S3 API (de-facto)");
    assertThat(blob.alternatives()).isNotEmpty();
    assertThat(blob.components()).containsExactly(
        "pkg:maven/com.azure.spring/spring-cloud-azure-starter-storage-blob@5.8.0",
        "pkg:maven/com.azure/azure-storage-blob@12.25.1");
    assertThat(blob.endpoints()).containsExactly("parkeerdata.blob.core.windows.net");
    assertThat(blob.evidence()).extracting(e -> e.location().toString())
        .containsExactly("pom.xml:40:5", "pom.xml:44:5", "src/main/resources/application.yml:12:14");
    assertThat(out.problems()).isEmpty();
  }

  @Test
  void aBomImportAloneIsNoUse() {
    Inventory out = new Classifier(SHIPPED).classify(inventory(List.of(
        maven("pkg:maven/com.azure/azure-sdk-bom@1.2.19?type=pom", "The MIT License (MIT)", "20")), List.of()));

    assertThat(out.services()).isEmpty();
    assertThat(out.components().get(0).services()).isEmpty();
    assertThat(out.components().get(0).vendor().id()).isEqualTo("microsoft");
  }

  @Test
  void aSightingOfAnUnknownServiceBecomesAWarningNotAnException() {
    ServiceUse unknown = new ServiceUse("acme-cloud-drive", endpointSighting().evidence(), "drive.acme.example");

    Inventory out = new Classifier(SHIPPED).classify(inventory(List.of(), List.of(unknown)));

    assertThat(out.services()).isEmpty();
    assertThat(out.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.message()).contains("acme-cloud-drive").contains("--catalog");
      assertThat(p.location().toString()).isEqualTo("src/main/resources/application.yml:12:14");
    });
  }

  @Test
  void sightingsAloneMakeAServiceWithoutComponents() {
    Inventory out = new Classifier(SHIPPED).classify(inventory(List.of(), List.of(endpointSighting())));

    assertThat(out.services()).singleElement().satisfies(s -> {
      assertThat(s.components()).isEmpty();
      assertThat(s.endpoints()).containsExactly("parkeerdata.blob.core.windows.net");
    });
  }

  @Test
  void theProjectItselfIsClassifiedToo() {
    Inventory out = new Classifier(SHIPPED).classify(inventory(List.of(), List.of()));

    assertThat(out.project().vendor().id()).isEqualTo("amsterdam.nl");
    assertThat(out.project().vendor().basis()).isEqualTo(VendorBasis.NAMESPACE);
  }

  @Test
  void aUserCatalogAddsVendorsAndLicensesAndOverridesServicesById() throws URISyntaxException {
    Path override = Path.of(ClassifierTest.class.getResource("/nl/autonomy/core/catalog/override.yaml").toURI());
    Catalog catalog = new CatalogLoader().load(List.of(override));
    Classifier classifier = new Classifier(catalog);

    Component own = classifier.classify(TestComponents.of("pkg:maven/nl.amsterdam.platform/blob-client@2.0.0",
        List.of("Gemeente Amsterdam intern"), null));

    assertThat(own.vendor().id()).isEqualTo("gemeente-amsterdam");
    assertThat(own.vendor().basis()).isEqualTo(VendorBasis.CATALOG);
    assertThat(own.vendor().jurisdictions()).containsExactly("NL", "EU");
    assertThat(own.license().expression()).isEqualTo("LicenseRef-amsterdam-internal");
    assertThat(own.license().category().id()).isEqualTo("proprietary");
    assertThat(own.services()).containsExactly("azure-blob-storage");
    assertThat(catalog.service("azure-blob-storage").orElseThrow().alternatives())
        .containsExactly("Amsterdam S3 object store");
    assertThat(catalog.services()).hasSameSizeAs(SHIPPED.services());
    assertThat(catalog.vendors()).hasSize(SHIPPED.vendors().size() + 1);
  }
}

package nl.autonomy.core.sbom;

import static nl.autonomy.core.fixtures.SampleResults.BLOB;
import static nl.autonomy.core.fixtures.SampleResults.GRAPH;
import static nl.autonomy.core.fixtures.SampleResults.H2;
import static nl.autonomy.core.fixtures.SampleResults.LEGACY;
import static nl.autonomy.core.fixtures.SampleResults.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.BomReference;
import org.cyclonedx.model.Composition;
import org.cyclonedx.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycloneDxMapperTest {

  private final Bom bom = new CycloneDxMapper().map(SampleResults.springBootOnAzure());

  @Test
  void metadataNamesTheProjectTheTimeTheToolAndTheProvenance() {
    assertThat(bom.getMetadata().getComponent().getBomRef()).isEqualTo(PROJECT);
    assertThat(bom.getMetadata().getComponent().getType()).isEqualTo(org.cyclonedx.model.Component.Type.APPLICATION);
    assertThat(bom.getMetadata().getComponent().getPurl()).isEqualTo(PROJECT);
    assertThat(bom.getMetadata().getTimestamp()).isEqualTo(Date.from(SampleResults.TIME));
    assertThat(bom.getMetadata().getToolChoice().getComponents()).singleElement()
        .satisfies(t -> assertThat(t.getName() + " " + t.getVersion()).isEqualTo("Autonomy 0.0.0-test"));
    assertThat(Boms.properties(bom.getMetadata().getProperties())).containsEntry("autonomy:git:branch", "main")
        .containsEntry("autonomy:git:commit", "3f9a1c0de4b5a6978877665544332211aabbccdd")
        .containsEntry("autonomy:git:remote", "https://github.com/gemeente-amsterdam/parkeren.git")
        .containsEntry("autonomy:source", "samples/parkeren")
        .containsEntry("autonomy:complete", "true")
        .doesNotContainKey("autonomy:problem");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"FOLDER, PRE_BUILD", "GIT, PRE_BUILD", "ARCHIVE, POST_BUILD"})
  void theLifecyclePhaseFollowsWhatWasScanned(nl.autonomy.core.model.SourceKind sourceKind, String phase) {
    assertThat(MetadataMapper.lifecycle(sourceKind).getLifecycleChoice()).singleElement()
        .satisfies(c -> assertThat(c.getPhase()).isEqualTo(org.cyclonedx.model.LifecycleChoice.Phase.valueOf(phase)));
    assertThat(MetadataMapper.lifecycle(nl.autonomy.core.model.SourceKind.SBOM)).isNull();
  }

  @Test
  void componentsAreSortedByBomRefAndTheProjectIsNotOneOfThem() {
    List<String> refs = bom.getComponents().stream().map(org.cyclonedx.model.Component::getBomRef).toList();
    assertThat(refs).isSorted().doesNotHaveDuplicates().doesNotContain(PROJECT).hasSize(12);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "pkg:maven/org.springframework.boot/spring-boot-starter-web@3.3.4, LIBRARY, REQUIRED",
      "pkg:maven/org.springframework/spring-core@6.1.13, LIBRARY, REQUIRED",
      "pkg:maven/com.microsoft.azure/applicationinsights-runtime-attach@3.5.4, LIBRARY, OPTIONAL",
      "pkg:maven/org.projectlombok/lombok@1.18.34, LIBRARY, OPTIONAL",
      "pkg:maven/org.junit.jupiter/junit-jupiter@5.10.3, LIBRARY, EXCLUDED",
      "pkg:maven/com.h2database/h2@2.2.224, LIBRARY, EXCLUDED",
      "pkg:docker/eclipse-temurin@21-jre, CONTAINER, REQUIRED",
  })
  void typeAndScopeFollowEcosystemScopeAndOptional(String ref, String type, String scope) {
    org.cyclonedx.model.Component c = Boms.component(bom, ref);
    assertThat(c.getType()).isEqualTo(org.cyclonedx.model.Component.Type.valueOf(type));
    assertThat(c.getScope()).isEqualTo(org.cyclonedx.model.Component.Scope.valueOf(scope));
  }

  @Test
  void aClassifiedComponentCarriesSupplierLicenseHashEvidenceAndAutonomyProperties() {
    org.cyclonedx.model.Component blob = Boms.component(bom, BLOB);

    assertThat(blob.getGroup() + ":" + blob.getName() + "@" + blob.getVersion()).isEqualTo("com.azure:azure-storage-blob@12.28.1");
    assertThat(blob.getPurl()).isEqualTo(BLOB);
    assertThat(blob.getSupplier().getName()).isEqualTo("Microsoft Corporation");
    assertThat(blob.getSupplier().getUrls()).containsExactly("https://www.microsoft.com");
    assertThat(blob.getLicenses().getLicenses()).singleElement().satisfies(l -> assertThat(l.getId()).isEqualTo("MIT"));
    assertThat(blob.getHashes()).singleElement().satisfies(h -> assertThat(h.getAlgorithm()).isEqualTo("SHA-256"));
    assertThat(blob.getEvidence().getOccurrences()).extracting(o -> o.getLocation() + ":" + o.getLine())
        .containsExactly("pom.xml:44", "src/main/java/nl/amsterdam/parkeren/BonOpslag.java:5");
    assertThat(blob.getEvidence().getIdentities()).singleElement().satisfies(i -> {
      assertThat(i.getConcludedValue()).isEqualTo(BLOB);
      assertThat(i.getConfidence()).isEqualTo(1.0);
      assertThat(i.getMethods()).hasSize(2);
    });
    assertThat(Boms.properties(blob.getProperties())).isEqualTo(Map.ofEntries(
        Map.entry("autonomy:direct", "true"),
        Map.entry("autonomy:scope", "runtime"),
        Map.entry("autonomy:vendor:id", "microsoft"),
        Map.entry("autonomy:vendor:basis", "catalog"),
        Map.entry("autonomy:vendor:owner", "microsoft"),
        Map.entry("autonomy:vendor:country", "US"),
        Map.entry("autonomy:vendor:jurisdiction", "US"),
        Map.entry("autonomy:license:category", "permissive"),
        Map.entry("autonomy:license:basis", "declared"),
        Map.entry("autonomy:service:id", "azure-blob-storage"),
        Map.entry("autonomy:maven:scope", "compile")));
    assertThat(blob.getProperties()).extracting(p -> p.getName()).isSorted();
  }

  @Test
  void theOrganisationAComponentNamesItselfIsItsManufacturer() {
    org.cyclonedx.model.Component legacy = Boms.component(bom, LEGACY);

    assertThat(legacy.getManufacturer().getName()).isEqualTo("Example Corp");
    assertThat(legacy.getManufacturer().getUrls()).containsExactly("https://example.com");
    assertThat(legacy.getSupplier().getName()).isEqualTo("example.com");
    assertThat(Boms.component(bom, BLOB).getManufacturer()).isNull();
  }

  @Test
  void anUnclassifiedComponentHasNoSupplierNorVendorProperties() {
    Component plain = Component.builder("pkg:maven/org.example/plain@1", nl.autonomy.core.model.Ecosystem.MAVEN, "plain")
        .purl("pkg:maven/org.example/plain@1").group("org.example").version("1").build();
    org.cyclonedx.model.Component c = ComponentMapper.map(plain);

    assertThat(c.getSupplier()).isNull();
    assertThat(c.getLicenses()).isNull();
    assertThat(c.getEvidence()).isNull();
    assertThat(Boms.properties(c.getProperties())).containsOnlyKeys("autonomy:direct", "autonomy:scope");
  }

  @Test
  void servicesCarryProviderEndpointsAndLockInProperties() {
    assertThat(bom.getServices()).extracting(Service::getBomRef)
        .containsExactly("service:azure-application-insights", "service:azure-blob-storage", "service:microsoft-graph");
    Service blob = bom.getServices().get(1);
    assertThat(blob.getName()).isEqualTo("Azure Blob Storage");
    assertThat(blob.getProvider().getName()).isEqualTo("Microsoft Corporation");
    assertThat(blob.getEndpoints()).containsExactly("https://parkeerbonnen.blob.core.windows.net");
    assertThat(Boms.properties(blob.getProperties()))
        .containsEntry("autonomy:lock-in:level", "proprietary-api")
        .containsEntry("autonomy:service:category", "storage")
        .containsEntry("autonomy:alternatives", "MinIO,Ceph RGW")
        .containsEntry("autonomy:standard", "S3 API")
        .containsEntry("autonomy:occurrence", "src/main/resources/application.yml:12");
  }

  @Test
  void aCompleteInventoryIsOneCompleteCompositionOverTheProject() {
    assertThat(bom.getCompositions()).singleElement().satisfies(c -> {
      assertThat(c.getAggregate()).isEqualTo(Composition.Aggregate.COMPLETE);
      assertThat(c.getDependencies()).extracting(BomReference::getRef).containsExactly(PROJECT);
    });
  }

  @Test
  void anInventoryWithErrorsIsIncompleteAndNamesTheAffectedComponentsAndEveryProblem() {
    Bom short_ = new CycloneDxMapper().map(SampleResults.withProblems());

    assertThat(short_.getCompositions()).singleElement().satisfies(c -> {
      assertThat(c.getAggregate()).isEqualTo(Composition.Aggregate.INCOMPLETE);
      assertThat(c.getDependencies()).extracting(BomReference::getRef).containsExactly(PROJECT, LEGACY, GRAPH);
    });
    Map<String, String> metadata = Boms.properties(short_.getMetadata().getProperties());
    assertThat(metadata).containsEntry("autonomy:complete", "false");
    assertThat(metadata.get("autonomy:problem").split("\n")).hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("pom.xml:42: error: nl.amsterdam:billing-client:2.0 could not be resolved"))
        .anySatisfy(p -> assertThat(p).startsWith("docs/big-dump.sql: warning: skipped"));
  }

  @Test
  void warningsAloneKeepTheInventoryComplete() {
    ScanResult warned = new ScanResult(SampleResults.springBootOnAzure().inventory().withProblems(
        List.of(Problem.warning("walk", Location.of("big.bin"), "skipped: larger than 64 MB"))), 1);

    Bom b = new CycloneDxMapper().map(warned);

    assertThat(b.getCompositions().get(0).getAggregate()).isEqualTo(Composition.Aggregate.COMPLETE);
    assertThat(Boms.properties(b.getMetadata().getProperties())).containsKey("autonomy:problem");
  }

  @Test
  void componentsKnownOnlyFromADeclarationMakeTheInventoryIncompleteEvenWithOnlyAWarning() {
    Inventory base = SampleResults.springBootOnAzure().inventory();
    Component declared = base.components().stream().filter(c -> c.ref().equals(BLOB)).findFirst().orElseThrow()
        .toBuilder().property(nl.autonomy.core.model.PropertyNames.INCOMPLETE, Component.DECLARED_ONLY).build();
    Inventory inventory = base.withComponents(base.components().stream()
        .map(c -> c.ref().equals(BLOB) ? declared : c).toList())
        .withProblems(List.of(Problem.warning("npm", Location.of("package.json"), "no lockfile")));

    assertThat(inventory.complete()).isFalse();
    assertThat(nl.autonomy.core.model.UnreadParts.of(inventory).declared()).isEqualTo(1);
    assertThat(new CycloneDxMapper().map(new ScanResult(inventory, 1)).getCompositions()).singleElement()
        .satisfies(c -> {
          assertThat(c.getAggregate()).isEqualTo(Composition.Aggregate.INCOMPLETE);
          assertThat(c.getDependencies()).extracting(BomReference::getRef).containsExactly(PROJECT, BLOB);
        });
  }

  @Test
  void aProblemAboutAComponentByPurlMarksThatComponent() {
    Inventory inventory = SampleResults.springBootOnAzure().inventory().withProblems(List.of(
        new Problem(Problem.Severity.ERROR, "maven", Location.of("pom.xml", 86), "checksum mismatch", H2)));

    assertThat(CompositionMapper.affected(inventory)).containsExactly(H2);
  }
}

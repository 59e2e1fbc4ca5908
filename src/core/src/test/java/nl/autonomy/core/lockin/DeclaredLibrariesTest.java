package nl.autonomy.core.lockin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceUsage;
import nl.autonomy.core.model.SourceKind;
import org.junit.jupiter.api.Test;

/** Declared client libraries: dead lock-in when nothing imports them, no use when they only pin versions. */
class DeclaredLibrariesTest {

  private static final Catalog CATALOG = new CatalogLoader().loadDefault();
  private static final LockInStage STAGE = new LockInStage(CATALOG, LockInRules.loadDefault());

  private static Component library(String purl) {
    return Component.builder(purl, Ecosystem.MAVEN, purl.substring(purl.lastIndexOf('/') + 1))
        .purl(purl).scope(Scope.RUNTIME).direct(true)
        .evidence(Evidence.manifest("maven", Location.of("pom.xml", 12), "<artifactId>x</artifactId>")).build();
  }

  private static Service blobService(List<Component> libraries, List<Evidence> evidence) {
    return new Service("azure-blob-storage", "Azure Blob Storage", "microsoft", "storage",
        nl.autonomy.core.model.LockInLevel.PROPRIETARY_API, List.of(), libraries.stream().map(Component::ref).toList(),
        evidence, List.of(), "S3 API");
  }

  private static Inventory inventory(List<Component> components, Service service) {
    Component project = Component.builder("pkg:maven/nl.gemeente/afval@1", Ecosystem.MAVEN, "afval").build();
    return new Inventory(project, components, List.of(service), List.of(), List.of(), List.of(),
        new Provenance(".", SourceKind.FOLDER, null, null, null, Instant.EPOCH, "test"), null);
  }

  @Test
  void aDeclaredClientThatNoCodeImportsIsPossibleDeadLockInWithACheapExit() {
    Component blob = library("pkg:maven/com.azure/azure-storage-blob@12.25.0");
    Service judged = STAGE.apply(inventory(List.of(blob), blobService(List.of(blob), blob.evidence())))
        .services().get(0);
    assertThat(judged.depth().usage()).isEqualTo(ServiceUsage.DECLARED_ONLY);
    assertThat(judged.depth().deadLockIn()).isTrue();
    assertThat(judged.depth().effort()).isEqualTo(ExitEffort.LOW);
    assertThat(judged.depth().kinds()).containsExactly(EvidenceKind.MANIFEST);
    assertThat(judged.depth().notes()).singleElement().asString()
        .contains("pkg:maven/com.azure/azure-storage-blob@12.25.0", "imported by no code");
  }

  @Test
  void aDeclaredClientThatCodeImportsIsVendorUse() {
    Component blob = library("pkg:maven/com.azure/azure-storage-blob@12.25.0");
    Evidence importing = new Evidence("signals.imports", EvidenceKind.IMPORT,
        new Location("src/main/java/A.java", 3, 1), "import com.azure.storage.blob.BlobClient;", 0.95, Scope.RUNTIME);
    Service judged = STAGE.apply(inventory(List.of(blob), blobService(List.of(blob), List.of(importing))))
        .services().get(0);
    assertThat(judged.depth().usage()).isEqualTo(ServiceUsage.VENDOR_SERVICE);
    // one importing file (3) plus one declared library (1)
    assertThat(judged.depth().effortPoints()).isEqualTo(4);
    assertThat(judged.depth().effort()).isEqualTo(ExitEffort.MEDIUM);
  }

  /** An aggregate pulls in many modules of the same service; the exit is still the one declaration. */
  @Test
  void modulesPulledInByADeclaredLibraryDoNotAddToTheEffort() {
    Component aggregate = library("pkg:maven/com.azure/azure-storage-blob@12.25.0");
    List<Component> pulledIn = java.util.stream.IntStream.range(0, 20)
        .mapToObj(i -> Component.builder("pkg:maven/com.azure/azure-storage-blob-module" + i + "@12.25.0",
            Ecosystem.MAVEN, "module" + i).purl("pkg:maven/com.azure/azure-storage-blob-module" + i + "@12.25.0")
            .scope(Scope.RUNTIME).direct(false).build())
        .toList();
    List<Component> all = new java.util.ArrayList<>(pulledIn);
    all.add(aggregate);
    Evidence importing = new Evidence("signals.imports", EvidenceKind.IMPORT,
        new Location("src/main/java/A.java", 3, 1), "import com.azure.storage.blob.BlobClient;", 0.95, Scope.RUNTIME);
    Service judged = STAGE.apply(inventory(all, blobService(all, List.of(importing)))).services().get(0);
    // one importing file (3) plus the one declared library (1), not 21
    assertThat(judged.depth().effortPoints()).isEqualTo(4);

    Service onlyPulledIn = STAGE.apply(inventory(pulledIn, blobService(pulledIn, List.of(importing))))
        .services().get(0);
    // the service arrives through another dependency: it counts once
    assertThat(onlyPulledIn.depth().effortPoints()).isEqualTo(4);
  }

  @Test
  void aBomThatOnlyPinsVersionsIsNoUse() {
    Component bom = library("pkg:maven/com.azure/azure-sdk-bom@1.2.28");
    Inventory judged = STAGE.apply(inventory(List.of(bom), blobService(List.of(bom), bom.evidence())));
    assertThat(judged.services()).isEmpty();
  }
}

package nl.autonomy.core.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceUsage;
import nl.autonomy.core.model.SourceKind;
import org.junit.jupiter.api.Test;

/** The inventory as an exit leaves it: what goes, what stays, what comes in its place. */
class WhatIfTest {

  private static Component component(String name, boolean direct, String... services) {
    Component.Builder b = Component.builder("pkg:maven/x/" + name + "@1", Ecosystem.MAVEN, name).group("x")
        .version("1").scope(Scope.RUNTIME).direct(direct);
    for (String s : services) {
      b.service(s);
    }
    return b.build();
  }

  private static Service service(String id, String client, LockInLevel level) {
    Evidence use = new Evidence("signals.imports", EvidenceKind.IMPORT, Location.of("src/A.java", 3), "import x." + id,
        1.0, Scope.RUNTIME);
    return new Service(id, id, "microsoft", "storage", level, List.of(), List.of(client), List.of(use), List.of(),
        "S3 API");
  }

  /**
   * app -> blob-client -> only-blob; blob-client -> shared; other-client -> shared. Leaving the
   * blob service removes its client and what only it pulled in; what another client needs stays.
   */
  private static Inventory inventory() {
    Component app = component("app", true);
    Component blob = component("blob-client", true, "azure-blob-storage");
    Component onlyBlob = component("only-blob", false);
    Component shared = component("shared", false);
    Component other = component("other-client", true, "microsoft-graph");
    List<DependencyEdge> edges = List.of(new DependencyEdge(app.ref(), blob.ref()),
        new DependencyEdge(app.ref(), other.ref()), new DependencyEdge(blob.ref(), onlyBlob.ref()),
        new DependencyEdge(blob.ref(), shared.ref()), new DependencyEdge(other.ref(), shared.ref()));
    return new Inventory(app, List.of(blob, onlyBlob, shared, other),
        List.of(service("azure-blob-storage", blob.ref(), LockInLevel.PROPRIETARY_API),
            service("microsoft-graph", other.ref(), LockInLevel.PROPRIETARY_API)),
        List.of(), edges, List.of(),
        new Provenance("app", SourceKind.FOLDER, null, null, null, Instant.parse("2026-01-01T00:00:00Z"), "test"), null);
  }

  @Test
  void removesTheClientAndWhatOnlyItPulledIn() {
    Inventory before = inventory();
    assertThat(WhatIf.unreachableWithout(before, Set.of("pkg:maven/x/blob-client@1")))
        .containsExactly("pkg:maven/x/blob-client@1", "pkg:maven/x/only-blob@1");
  }

  @Test
  void putsTheCataloguedAlternativeInItsPlaceAtTheSamePlaces() {
    WhatIf whatIf = new WhatIf(new CatalogLoader().loadDefault(), ExitCatalog.loadDefault(), inventory -> null);
    List<String> assumptions = new ArrayList<>();
    Inventory after = whatIf.apply(inventory(), Set.of("azure-blob-storage"), assumptions);

    assertThat(after.components()).extracting(Component::name).containsExactly("other-client", "shared");
    assertThat(after.edges()).extracting(DependencyEdge::to).doesNotContain("pkg:maven/x/only-blob@1");
    assertThat(after.services()).extracting(Service::id).containsExactlyInAnyOrder("amazon-s3", "microsoft-graph");
    Service s3 = after.services().stream().filter(s -> s.id().equals("amazon-s3")).findFirst().orElseThrow();
    assertThat(s3.lockIn()).isEqualTo(LockInLevel.OPEN_PROTOCOL);
    assertThat(s3.depth().usage()).isEqualTo(ServiceUsage.OPEN_PROTOCOL_ELSEWHERE);
    assertThat(s3.evidence()).extracting(e -> e.location().toString()).containsExactly("src/A.java:3");
    assertThat(s3.evidence()).allMatch(e -> e.detector().equals(WhatIf.DETECTOR));
    assertThat(assumptions).anyMatch(a -> a.startsWith("azure-blob-storage: in its place amazon-s3"));
  }

  @Test
  void withoutACataloguedAlternativeItSaysSo() {
    WhatIf whatIf = new WhatIf(new CatalogLoader().loadDefault(), ExitCatalog.loadDefault(), inventory -> null);
    List<String> assumptions = new ArrayList<>();
    Inventory after = whatIf.apply(inventory(), Set.of("microsoft-graph"), assumptions);
    assertThat(after.services()).extracting(Service::id).containsExactly("azure-blob-storage");
    // the shared library stays: the Blob client still needs it
    assertThat(after.components()).extracting(Component::name).contains("shared").doesNotContain("other-client");
    assertThat(assumptions).anyMatch(a -> a.contains("microsoft-graph: no catalog service takes its place"));
  }
}

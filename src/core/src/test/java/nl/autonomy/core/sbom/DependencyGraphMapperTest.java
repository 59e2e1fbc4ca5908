package nl.autonomy.core.sbom;

import static nl.autonomy.core.fixtures.SampleResults.AZURE_CORE;
import static nl.autonomy.core.fixtures.SampleResults.BLOB;
import static nl.autonomy.core.fixtures.SampleResults.GRAPH;
import static nl.autonomy.core.fixtures.SampleResults.PROJECT;
import static nl.autonomy.core.fixtures.SampleResults.TEMURIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Service;
import org.cyclonedx.Format;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Dependency;
import org.junit.jupiter.api.Test;

class DependencyGraphMapperTest {

  private static final String SPRING_CORE = SampleResults.SPRING_CORE;

  @Test
  void everyComponentServiceAndTheProjectHaveAnEntryEvenWithoutChildren() {
    Inventory inventory = SampleResults.springBootOnAzure().inventory();
    Map<String, List<String>> graph = graph(inventory);

    List<String> expected = new ArrayList<>();
    expected.add(PROJECT);
    inventory.components().forEach(c -> expected.add(c.ref()));
    inventory.services().forEach(s -> expected.add("service:" + s.id()));
    assertThat(graph.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(graph).containsEntry(SPRING_CORE, List.of()).containsEntry(BLOB, List.of(AZURE_CORE, "service:azure-blob-storage"))
        .containsEntry(GRAPH, List.of(AZURE_CORE, "service:microsoft-graph"));
    assertThat(DependencyGraphMapper.map(inventory)).extracting(Dependency::getRef).isSorted();
  }

  @Test
  void edgesWithAnEndOutsideTheBomAndSelfEdgesAreDroppedAndTheBomStaysValid() throws Exception {
    Inventory base = SampleResults.springBootOnAzure().inventory();
    List<DependencyEdge> edges = new ArrayList<>(base.edges());
    edges.add(new DependencyEdge(BLOB, "pkg:maven/com.azure/azure-identity@1.13.0"));
    edges.add(new DependencyEdge("pkg:maven/org.example/ghost@1", AZURE_CORE));
    edges.add(new DependencyEdge(AZURE_CORE, AZURE_CORE));
    Inventory inventory = new Inventory(base.project(), base.components(), base.services(), base.serviceUses(), edges,
        base.problems(), base.provenance(), base.walk());

    Map<String, List<String>> graph = graph(inventory);

    assertThat(graph).isEqualTo(graph(base));
    assertThat(graph.values().stream().flatMap(List::stream)).allSatisfy(ref -> assertThat(graph).containsKey(ref));
    Bom bom = new CycloneDxMapper().map(new ScanResult(inventory, 0));
    BomRenderer.render(bom, Format.JSON);
    BomRenderer.render(bom, Format.XML);
  }

  @Test
  void aDirectComponentNoEdgeReachesHangsUnderTheProject() {
    assertThat(graph(SampleResults.springBootOnAzure().inventory()).get(PROJECT)).contains(TEMURIN);
  }

  @Test
  void aTransitiveOrphanKeepsItsOwnEntryButIsNotAttachedToTheProject() {
    Inventory base = SampleResults.springBootOnAzure().inventory();
    Component orphan = Component.builder("pkg:maven/org.example/orphan@1", Ecosystem.MAVEN, "orphan").build();
    List<Component> components = Stream.concat(base.components().stream(), Stream.of(orphan)).toList();

    Map<String, List<String>> graph = graph(base.withComponents(components));

    assertThat(graph).containsEntry(orphan.ref(), List.of());
    assertThat(graph.get(PROJECT)).doesNotContain(orphan.ref());
  }

  @Test
  void aServiceWithoutClientComponentsHangsUnderTheProject() {
    Inventory base = SampleResults.springBootOnAzure().inventory();
    Service s3 = new Service("amazon-s3", "Amazon S3", "amazon", "storage", LockInLevel.OPEN_PROTOCOL,
        List.of("https://s3.eu-central-1.amazonaws.com"), List.of(), List.of(), List.of("MinIO"), "S3 API");
    List<Service> services = Stream.concat(base.services().stream(), Stream.of(s3)).toList();

    Map<String, List<String>> graph = graph(base.withServices(services));

    assertThat(graph.get(PROJECT)).contains("service:amazon-s3");
    assertThat(graph).containsEntry("service:amazon-s3", List.of());
  }

  private static Map<String, List<String>> graph(Inventory inventory) {
    Bom bom = new Bom();
    bom.setDependencies(DependencyGraphMapper.map(inventory));
    return Boms.dependencies(bom);
  }
}

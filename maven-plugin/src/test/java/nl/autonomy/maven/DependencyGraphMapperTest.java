package nl.autonomy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.autonomy.core.detect.support.ComponentMerger;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DependencyGraphMapperTest {

  private static final Path GRAPHS = Path.of("src/test/resources/graphs");

  static Stream<String> graphs() throws IOException {
    try (Stream<Path> files = Files.list(GRAPHS)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tree"))
          .map(n -> n.substring(0, n.length() - ".tree".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphs")
  void mapsMavensGraphLikeTheStandaloneResolver(String name) throws IOException {
    GraphFixture fixture = GraphFixture.read(GRAPHS.resolve(name + ".tree"));
    Detection detection = map(fixture);

    List<String> expected = Files.readAllLines(GRAPHS.resolve(name + ".expected")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
    assertThat(describe(detection)).containsExactlyElementsOf(expected);
  }

  @Test
  void directDependencyEvidenceNamesThePomAndTransitiveOnesTheirWayIn() throws IOException {
    Detection detection = map(GraphFixture.read(GRAPHS.resolve("managed-and-scoped.tree")));
    List<Component> merged = ComponentMerger.merge(detection.components());

    Evidence direct = find(merged, "azure-storage-blob").evidence().get(0);
    assertThat(direct.location().file()).isEqualTo("pom.xml");
    assertThat(direct.excerpt()).isEqualTo("com.azure:azure-storage-blob:12.35.0");
    Evidence transitive = find(merged, "jackson-core").evidence().get(0);
    assertThat(transitive.excerpt()).isEqualTo("com.fasterxml.jackson.core:jackson-core:2.19.2 via "
        + "com.azure:azure-storage-blob:12.35.0");
  }

  @Test
  void licensesAndOrganizationComeFromTheDependencysPom() throws IOException {
    GraphFixture fixture = GraphFixture.read(GRAPHS.resolve("shared-subtree.tree"));
    PomMetadataSource poms = artifact -> artifact.getArtifactId().equals("shared")
        ? new PomMetadata(List.of(new nl.autonomy.core.model.DeclaredLicense(null, "Apache-2.0", null)),
            new nl.autonomy.core.model.Organization("Example Foundation", "https://example.org"))
        : PomMetadata.NONE;
    Detection.Builder out = Detection.builder();
    new DependencyGraphMapper(poms, true).map(
        new ProjectGraph(fixture.projectRef(), "pom.xml", fixture.root(), fixture.declarations()), out);

    Component shared = find(ComponentMerger.merge(out.build().components()), "shared");
    assertThat(shared.declaredLicenses()).extracting(l -> l.name()).containsExactly("Apache-2.0");
    assertThat(shared.organization().name()).isEqualTo("Example Foundation");
    assertThat(find(ComponentMerger.merge(out.build().components()), "left").declaredLicenses()).isEmpty();
  }

  private static Detection map(GraphFixture fixture) {
    Detection.Builder out = Detection.builder();
    new DependencyGraphMapper(PomMetadataSource.NONE, fixture.includeTestScope()).map(
        new ProjectGraph(fixture.projectRef(), "pom.xml", fixture.root(), fixture.declarations()), out);
    return out.build();
  }

  private static Component find(List<Component> components, String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  /** Components merged as the scanner merges them, then the edges, one line each. */
  private static List<String> describe(Detection detection) {
    List<String> lines = new ArrayList<>();
    for (Component c : ComponentMerger.merge(detection.components())) {
      String props = c.properties().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", "));
      lines.add(String.join(" | ", c.ref(), c.scope().id(), c.direct() ? "direct" : "transitive",
          c.optional() ? "optional" : "required", props));
    }
    detection.edges().stream().distinct()
        .map(e -> "edge " + e.from() + " -> " + e.to())
        .sorted()
        .forEach(lines::add);
    return lines;
  }
}

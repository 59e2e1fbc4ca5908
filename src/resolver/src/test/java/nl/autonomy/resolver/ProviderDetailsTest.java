package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the provider records beyond the component set: refs, edges, evidence, licenses, hashes. */
class ProviderDetailsTest {

  @TempDir
  Path temp;

  private Detection resolve(Path root, boolean hashes) throws IOException {
    return new ResolverMavenGraphProvider().resolveProjects(new MavenProjectsRequest(root,
        FixtureRepository.poms(root), FixtureRepository.options(temp).withHashes(hashes)));
  }

  private static Path reactor() {
    return FixtureRepository.resources().resolve("cases/reactor-siblings/project");
  }

  private static Component component(Detection d, String ref) {
    return d.components().stream().filter(c -> c.ref().equals(ref)).findFirst().orElseThrow(
        () -> new AssertionError(ref + " not among " + d.components().stream().map(Component::ref).toList()));
  }

  @Test
  void reactorRootsAreProjectsAndModulesAreMarkedComponents() throws IOException {
    Detection d = resolve(reactor(), false);

    assertThat(d.projects()).extracting(Component::ref).containsExactly(
        "pkg:maven/org.case/legacy@1.0.0", "pkg:maven/org.case/parent@1.0.0?type=pom");
    Component app = component(d, "pkg:maven/org.case/app@1.0.0");
    assertThat(app.role()).isEqualTo(nl.autonomy.core.model.ComponentRole.MODULE);
    assertThat(app.properties()).doesNotContainKey("autonomy:module").containsEntry("maven.packaging", "jar");
  }

  @Test
  void edgesSpanModulesAndTheWholeResolvedGraph() throws IOException {
    Detection d = resolve(reactor(), false);

    assertThat(d.edges()).containsExactlyInAnyOrder(
        new DependencyEdge("pkg:maven/org.case/parent@1.0.0?type=pom", "pkg:maven/org.case/app@1.0.0"),
        new DependencyEdge("pkg:maven/org.case/parent@1.0.0?type=pom", "pkg:maven/org.case/core@1.0.0"),
        new DependencyEdge("pkg:maven/org.case/app@1.0.0", "pkg:maven/org.case/core@1.0.0"),
        new DependencyEdge("pkg:maven/org.case/app@1.0.0", "pkg:maven/org.fixture/lib-c@1.0"),
        new DependencyEdge("pkg:maven/org.case/core@1.0.0", "pkg:maven/org.fixture/lib-a@1.0"),
        new DependencyEdge("pkg:maven/org.fixture/lib-a@1.0", "pkg:maven/org.fixture/lib-b@1.0"),
        new DependencyEdge("pkg:maven/org.case/legacy@1.0.0", "pkg:maven/org.fixture/shared@1.0"));
  }

  @Test
  void directDependenciesPointAtTheirDeclaration() throws IOException {
    Detection d = resolve(reactor(), false);

    Component libC = component(d, "pkg:maven/org.fixture/lib-c@1.0");
    assertThat(libC.scope()).isEqualTo(Scope.TEST);
    assertThat(libC.evidence()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.MANIFEST);
      assertThat(e.location()).isEqualTo(Location.of("app/pom.xml", 15));
      assertThat(e.excerpt()).isEqualTo("org.fixture:lib-c:1.0");
    });
    assertThat(component(d, "pkg:maven/org.fixture/lib-a@1.0").evidence())
        .extracting(e -> e.location().toString()).containsExactly("core/pom.xml:11");
    assertThat(component(d, "pkg:maven/org.fixture/lib-b@1.0").evidence()).isEmpty();
  }

  @Test
  void aDependencyInheritedFromARemoteParentIsAttributedToTheProjectPom() throws IOException {
    Detection d = resolve(FixtureRepository.resources().resolve("cases/parent-inheritance/project"), false);

    assertThat(component(d, "pkg:maven/org.fixture/lib-a@1.0").evidence())
        .extracting(e -> e.location().toString()).containsExactly("pom.xml");
    assertThat(d.projects()).singleElement().satisfies(p -> {
      assertThat(p.organization()).isEqualTo(new Organization("Fixture Corp", null));
      assertThat(p.declaredLicenses()).containsExactly(new DeclaredLicense("Apache-2.0",
          "Apache License, Version 2.0", "https://www.apache.org/licenses/LICENSE-2.0"));
    });
  }

  @Test
  void licensesAndOrganisationComeFromTheDependencysEffectivePom() throws IOException {
    Detection d = resolve(FixtureRepository.resources().resolve("projects/licensed"), false);

    Component licensed = component(d, "pkg:maven/org.fixture/licensed@1.0");
    assertThat(licensed.declaredLicenses()).containsExactly(
        new DeclaredLicense("Apache-2.0", "The Apache Software License, Version 2.0",
            "http://www.apache.org/licenses/LICENSE-2.0.txt"),
        new DeclaredLicense(null, "Widget Community License", null));
    assertThat(licensed.organization()).isEqualTo(new Organization("Open Widgets Foundation", "https://widgets.example.org"));
    assertThat(licensed.properties()).containsEntry(GraphMapper.DEVELOPER_ORGANIZATIONS, "Widgets BV");
    assertThat(d.projects()).singleElement().extracting(p -> p.declaredLicenses().get(0).spdxExpression())
        .isEqualTo("EUPL-1.2");
  }

  @Test
  void hashesAreOffByDefault() throws IOException {
    Detection d = resolve(FixtureRepository.resources().resolve("projects/licensed"), false);

    assertThat(component(d, "pkg:maven/org.fixture/leaf-1@1.0").hashes()).isEmpty();
  }

  @Test
  void hashesDownloadTheArtifactAndReportWhatHasNoFile() throws IOException {
    Detection d = resolve(FixtureRepository.resources().resolve("projects/licensed"), true);

    Map<String, String> expected = ArtifactHasher.digests(
        FixtureRepository.resources().resolve("fixture-repo/org/fixture/leaf-1/1.0/leaf-1-1.0.jar"));
    assertThat(component(d, "pkg:maven/org.fixture/leaf-1@1.0").hashes()).isEqualTo(expected)
        .containsKeys("SHA-256", "SHA-512");
    assertThat(expected.get("SHA-256")).hasSize(64);
    // the fixture holds no jar for "licensed": the gap is a problem naming it, not a silent omission
    assertThat(d.problems()).singleElement().satisfies(p -> {
      assertThat(p.subject()).isEqualTo("org.fixture:licensed:1.0");
      assertThat(p.location()).isEqualTo(Location.of("pom.xml"));
    });
  }
}

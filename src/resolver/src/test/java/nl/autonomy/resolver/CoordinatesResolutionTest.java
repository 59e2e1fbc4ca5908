package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coordinates declared by another build tool (Gradle) resolved with Maven semantics. */
class CoordinatesResolutionTest {

  @TempDir
  Path temp;

  private static final String PROJECT = "pkg:maven/org.case/gradle-app@1.0";

  private static Component declared(String purl, Scope scope, int line) {
    String name = purl.substring(purl.lastIndexOf('/') + 1, purl.indexOf('@'));
    return Component.builder(purl, Ecosystem.MAVEN, name).purl(purl).scope(scope).direct(true)
        .evidence(Evidence.manifest("gradle", Location.of("build.gradle", line), name)).build();
  }

  private Detection resolve(List<Component> declared) throws IOException {
    return resolve(declared, List.of());
  }

  private Detection resolve(List<Component> declared, List<Component> platforms) throws IOException {
    Path root = FixtureRepository.resources();
    Component project = Component.builder(PROJECT, Ecosystem.MAVEN, "gradle-app").build();
    String extra = root.resolve("fixture-repo-extra").toUri().toString();
    return new ResolverMavenGraphProvider().resolveCoordinates(new MavenCoordinatesRequest(root, project,
        declared, List.of(extra), MavenCoordinatesRequest.Build.GRADLE, FixtureRepository.options(temp), platforms));
  }

  private static Component unversioned(String group, String name, int line) {
    String purl = "pkg:maven/" + group + "/" + name;
    return Component.builder(purl, Ecosystem.MAVEN, name).purl(purl).group(group).scope(Scope.RUNTIME).direct(true)
        .evidence(Evidence.manifest("gradle", Location.of("build.gradle", line), name)).build();
  }

  @Test
  void anImportedPlatformGivesVersionsAndManagesTheGraph() throws IOException {
    String bomPurl = "pkg:maven/org.fixture/platform-bom@1.0?type=pom";
    Component bom = Component.builder(bomPurl, Ecosystem.MAVEN, "platform-bom").purl(bomPurl).group("org.fixture")
        .version("1.0").evidence(Evidence.manifest("gradle", Location.of("build.gradle", 5), "")).build();
    Detection d = resolve(List.of(
        declared("pkg:maven/org.fixture/lib-a@1.0", Scope.RUNTIME, 10),
        unversioned("org.fixture", "lib-c", 11),
        unversioned("org.fixture", "ghost", 12)), List.of(bom));

    assertThat(d.components()).extracting(c -> c.coordinates() + ":" + c.version() + " "
            + c.properties().getOrDefault("maven.premanagedVersion", "-"))
        .containsExactly("org.fixture:lib-a:1.0 -", "org.fixture:lib-b:2.0 1.0", "org.fixture:lib-c:1.0 -");
    assertThat(d.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(Location.of("build.gradle", 12));
      assertThat(p.message()).isEqualTo("cannot resolve org.fixture:ghost: it is declared without a version and none "
          + "of the BOMs this build imports manages it (org.fixture:platform-bom:1.0); its dependencies are missing");
    });
  }

  @Test
  void anUnreadablePlatformIsAnErrorAtItsDeclaration() throws IOException {
    String bomPurl = "pkg:maven/org.fixture/no-such-bom@1.0?type=pom";
    Component bom = Component.builder(bomPurl, Ecosystem.MAVEN, "no-such-bom").purl(bomPurl).group("org.fixture")
        .version("1.0").evidence(Evidence.manifest("gradle", Location.of("build.gradle", 5), "")).build();
    Detection d = resolve(List.of(declared("pkg:maven/org.fixture/lib-a@1.0", Scope.RUNTIME, 10)), List.of(bom));
    assertThat(d.components()).extracting(Component::name).containsExactly("lib-a", "lib-b");
    assertThat(d.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(Location.of("build.gradle", 5));
      assertThat(p.message()).startsWith("cannot read the BOM org.fixture:no-such-bom:1.0");
    });
  }

  @Test
  void resolvesDeclaredCoordinatesTransitivelyPerScope() throws IOException {
    Detection d = resolve(List.of(
        declared("pkg:maven/org.fixture/lib-a@1.0", Scope.RUNTIME, 10),
        declared("pkg:maven/org.fixture.extra/extra-lib@1.0", Scope.RUNTIME, 11),
        declared("pkg:maven/org.fixture/scope-d@1.0", Scope.TEST, 12),
        declared("pkg:maven/org.fixture/feature-x@1.0", Scope.BUILD, 13)));

    assertThat(d.problems()).isEmpty();
    assertThat(d.components()).extracting(c -> c.coordinates() + ":" + c.version() + " " + c.scope().id())
        .containsExactly(
            "org.fixture.extra:extra-lib:1.0 runtime",
            "org.fixture:feature-x:1.0 build",
            "org.fixture:leaf-7:1.0 test",
            "org.fixture:leaf-8:1.0 build",
            "org.fixture:lib-a:1.0 runtime",
            "org.fixture:lib-b:1.0 runtime",
            "org.fixture:lib-c:1.0 runtime",
            "org.fixture:scope-d:1.0 test");
    assertThat(d.components()).allSatisfy(c -> assertThat(c.properties()).containsEntry("autonomy:resolved-for", "gradle"));
    assertThat(d.edges()).contains(
        new DependencyEdge(PROJECT, "pkg:maven/org.fixture/lib-a@1.0"),
        new DependencyEdge("pkg:maven/org.fixture/lib-a@1.0", "pkg:maven/org.fixture/lib-b@1.0"),
        new DependencyEdge("pkg:maven/org.fixture.extra/extra-lib@1.0", "pkg:maven/org.fixture/lib-c@1.0"));
    assertThat(d.components().stream().filter(c -> c.name().equals("lib-a")).findFirst().orElseThrow().evidence())
        .extracting(e -> e.location().toString()).containsExactly("build.gradle:10");
  }

  @Test
  void anUnresolvableCoordinateIsAProblemAtItsDeclaration() throws IOException {
    Detection d = resolve(List.of(
        declared("pkg:maven/org.fixture/lib-c@1.0", Scope.RUNTIME, 3),
        declared("pkg:maven/org.fixture/ghost@9.9", Scope.RUNTIME, 4)));

    assertThat(d.problems()).singleElement().satisfies(p -> {
      assertThat(p.subject()).isEqualTo("org.fixture:ghost:9.9");
      assertThat(p.location()).isEqualTo(Location.of("build.gradle", 4));
    });
    assertThat(d.components()).extracting(Component::name).containsExactly("ghost", "lib-c");
  }

  @Test
  void aGradleConflictGoesToTheHighestVersionAsInGradle() throws IOException {
    // near-a -> shared 1.0 is nearer than far-b -> far-c -> shared 2.0: Maven takes 1.0, Gradle 2.0
    Detection d = resolve(List.of(
        declared("pkg:maven/org.fixture/near-a@1.0", Scope.RUNTIME, 3),
        declared("pkg:maven/org.fixture/far-b@1.0", Scope.RUNTIME, 4)));
    assertThat(d.problems()).isEmpty();
    assertThat(d.components()).filteredOn(c -> c.name().equals("shared")).extracting(Component::version)
        .containsExactly("2.0");
  }
}

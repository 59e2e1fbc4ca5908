package nl.autonomy.core.detect.gradle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.maven.MavenGraphProvider;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.detect.support.DetectorFixture;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;
import org.junit.jupiter.api.Test;

/**
 * A Gradle build without lockfile hands its declared coordinates to the Maven port, with the
 * build's repositories and the {@code gradle} marker, and every resolved component comes back
 * marked as resolved for Gradle; a build with a lockfile never asks the port.
 */
class GradleMavenPortTest {

  /** Records the request and answers with one declared and one transitive component. */
  static final class RecordingProvider implements MavenGraphProvider {
    final List<MavenCoordinatesRequest> requests = new ArrayList<>();

    @Override
    public Detection resolveProjects(MavenProjectsRequest request) {
      throw new AssertionError("a Gradle build must not be resolved as Maven projects");
    }

    @Override
    public Detection resolveCoordinates(MavenCoordinatesRequest request) {
      requests.add(request);
      Component guava = request.declared().stream().filter(c -> c.name().equals("guava")).findFirst().orElseThrow();
      Component failureaccess = Component.builder("pkg:maven/com.google.guava/failureaccess@1.0.2", Ecosystem.MAVEN,
          "failureaccess").purl("pkg:maven/com.google.guava/failureaccess@1.0.2").version("1.0.2").build();
      return Detection.builder().component(guava).component(failureaccess)
          .edge(request.project().ref(), guava.ref()).edge(guava.ref(), failureaccess.ref()).build();
    }
  }

  private static Detection detect(String fixture, MavenGraphProvider provider) {
    Path root = DetectorFixture.resource("eco/gradle/" + fixture);
    List<WorkspaceFile> files = new FileWalker(ScanOptions.DEFAULT_MAX_FILE_SIZE).walk(root).files().stream()
        .filter(new GradleDetector()::accepts).toList();
    return new GradleDetector().detect(new DetectorContext(root, ScanOptions.defaults(), Optional.of(provider)), files);
  }

  @Test
  void declaredCoordinatesGoToThePortWithRepositoriesAndTheGradleMarker() {
    RecordingProvider provider = new RecordingProvider();
    Detection d = detect("groovy-declared", provider);

    assertThat(provider.requests).hasSize(1);
    MavenCoordinatesRequest request = provider.requests.get(0);
    assertThat(request.resolvedFor()).isEqualTo(MavenCoordinatesRequest.Build.GRADLE);
    assertThat(request.project().ref()).isEqualTo("project:gradle:.");
    assertThat(request.project().properties())
        .containsEntry("gradle.platforms", "org.springframework.boot:spring-boot-dependencies:3.2.5");
    assertThat(request.repositories())
        .containsExactly("https://repo.gemeente.nl/releases", "https://dl.google.com/dl/android/maven2/");
    assertThat(request.declared()).extracting(Component::ref).contains(
        "pkg:maven/com.google.guava/guava@33.1.0-jre", "pkg:maven/org.apache.poi/poi-ooxml@5.2.5",
        "pkg:maven/org.projectlombok/lombok@1.18.32");
    assertThat(request.declared()).filteredOn(c -> c.name().equals("lombok")).singleElement()
        .extracting(Component::scope).isEqualTo(Scope.PROVIDED);
    assertThat(request.declared()).noneMatch(c -> c.name().equals("spring-boot-dependencies"));
    assertThat(request.declared()).allMatch(c -> !c.evidence().isEmpty());

    assertThat(d.components()).filteredOn(c -> c.ecosystem() == Ecosystem.MAVEN && !c.properties().containsKey("gradle.plugin"))
        .extracting(Component::name).containsExactlyInAnyOrder("guava", "failureaccess");
    assertThat(d.components()).filteredOn(c -> !c.properties().containsKey("gradle.plugin"))
        .allMatch(c -> "gradle".equals(c.properties().get("autonomy:resolved-for")));
    assertThat(d.components()).noneMatch(c -> c.properties().containsKey("autonomy:incomplete"));
    assertThat(d.problems()).extracting(p -> p.location().toString()).containsExactly("build.gradle:27");
  }

  @Test
  void aLockedBuildNeverAsksThePort() {
    RecordingProvider provider = new RecordingProvider();
    Detection d = detect("kotlin-catalog-lockfile", provider);

    assertThat(provider.requests).isEmpty();
    assertThat(d.components()).isNotEmpty().noneMatch(c -> c.properties().containsKey("autonomy:resolved-for"));
  }
}

package nl.autonomy.core.detect.gradle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.maven.MavenGraphProvider;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.detect.support.DetectorFixture;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;
import org.junit.jupiter.api.Test;

/**
 * The BOMs a Gradle build imports reach the Maven port as platforms, as Gradle applies them:
 * Spring Boot's BOM through the dependency-management plugin (the Boot plugin's version inherited
 * from the settings' pluginManagement), {@code mavenBom} imports, {@code platform()} and
 * {@code enforcedPlatform()} from the version catalog, {@code SpringBootPlugin.BOM_COORDINATES}
 * at the catalog's plugin version; bundle members without a version are declared as such.
 */
class GradlePlatformsTest {

  private static List<MavenCoordinatesRequest> requests(String fixture) {
    List<MavenCoordinatesRequest> requests = new ArrayList<>();
    MavenGraphProvider provider = new MavenGraphProvider() {
      @Override
      public Detection resolveProjects(MavenProjectsRequest request) {
        throw new AssertionError("no Maven projects here");
      }

      @Override
      public Detection resolveCoordinates(MavenCoordinatesRequest request) {
        requests.add(request);
        return Detection.empty();
      }
    };
    Path root = DetectorFixture.resource("eco/gradle/" + fixture);
    List<WorkspaceFile> files = new FileWalker(ScanOptions.DEFAULT_MAX_FILE_SIZE).walk(root).files().stream()
        .filter(new GradleDetector()::accepts).toList();
    new GradleDetector().detect(new DetectorContext(root, ScanOptions.defaults(), Optional.of(provider)), files);
    return requests;
  }

  private static List<String> platforms(MavenCoordinatesRequest r) {
    return r.platforms().stream().map(p -> p.purl() + " " + p.properties().get(GradlePlatforms.KIND) + " @"
        + p.evidence().get(0).location()).toList();
  }

  @Test
  void springBootWithTheDependencyManagementPlugin() {
    MavenCoordinatesRequest r = requests("boot-dependency-management").get(0);
    assertThat(platforms(r)).containsExactly(
        "pkg:maven/org.springframework.boot/spring-boot-dependencies@3.5.7?type=pom mavenBom @api/build.gradle:3",
        "pkg:maven/software.amazon.awssdk/bom@2.31.50?type=pom mavenBom @api/build.gradle:9");
    assertThat(r.declared()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:maven/org.springframework.boot/spring-boot-starter-web",
        "pkg:maven/software.amazon.awssdk/s3",
        "pkg:maven/nl.gemeente/zaken-client",
        "pkg:maven/org.springframework.boot/spring-boot-starter-test");
    assertThat(r.project().properties()).containsEntry("gradle.platforms",
        "org.springframework.boot:spring-boot-dependencies:3.5.7,software.amazon.awssdk:bom:2.31.50");
  }

  @Test
  void platformsFromTheCatalogAndBootsBomCoordinates() {
    MavenCoordinatesRequest r = requests("kotlin-platform-catalog").get(0);
    assertThat(platforms(r)).containsExactly(
        "pkg:maven/software.amazon.awssdk/bom@2.31.50?type=pom platform @build.gradle.kts:9",
        "pkg:maven/com.fasterxml.jackson/jackson-bom@2.19.2?type=pom enforcedPlatform @build.gradle.kts:10",
        "pkg:maven/org.springframework.boot/spring-boot-dependencies@3.5.7?type=pom platform @build.gradle.kts:11");
    assertThat(r.declared()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:maven/software.amazon.awssdk/s3", "pkg:maven/software.amazon.awssdk/sqs",
        "pkg:maven/com.fasterxml.jackson.core/jackson-databind",
        "pkg:maven/com.fasterxml.jackson.datatype/jackson-datatype-jsr310",
        "pkg:maven/org.springframework.boot/spring-boot-starter-actuator");
  }

  @Test
  void theBootPluginAloneManagesNothing() {
    BuildScript.Result script = new BuildScript.Result(List.of(new GradleDeclaration(GradleDeclaration.Kind.PLUGIN,
        "plugins", new Coordinate("org.springframework.boot", "org.springframework.boot.gradle.plugin", "3.5.7"),
        "id 'org.springframework.boot' version '3.5.7'", 2, 0)), List.of(), List.of(), List.of("org.springframework.boot"));
    assertThat(GradlePlatforms.of(script, nl.autonomy.core.detect.support.SourceText.of("build.gradle", "\nx\n"),
        Map.of())).isEmpty();
  }
}

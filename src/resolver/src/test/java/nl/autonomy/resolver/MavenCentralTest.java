package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.testing.RequiredEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real artifacts from Maven Central (the user's local repository serves what it already holds).
 * Shown as skipped without the network, failing then when {@code CI=true} ({@link RequiredEnvironment}).
 */
@Tag("network")
class MavenCentralTest {

  private static final boolean ONLINE = RequiredEnvironment.reachable("https://repo.maven.apache.org/maven2/");

  @BeforeEach
  void requireNetwork() {
    RequiredEnvironment.require(ONLINE, "the network (Maven Central)");
  }

  @TempDir
  Path temp;

  private static Detection resolve(Path root, String purl) {
    Component project = Component.builder("pkg:maven/org.case/app@1.0", Ecosystem.MAVEN, "app").build();
    Component declared = Component.builder(purl, Ecosystem.MAVEN, "declared").purl(purl).scope(Scope.RUNTIME).build();
    return new ResolverMavenGraphProvider().resolveCoordinates(new MavenCoordinatesRequest(
        root, project, List.of(declared), List.of(), null, ScanOptions.defaults()));
  }

  private static Component named(Detection d, String name) {
    return d.components().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not resolved: " + d.components()));
  }

  @Test
  void guavaBringsFailureAccessWithItsLicense() {
    Detection d = resolve(temp, "pkg:maven/com.google.guava/guava@33.5.0-jre");

    assertThat(d.problems()).isEmpty();
    Component failureaccess = named(d, "failureaccess");
    assertThat(failureaccess.group()).isEqualTo("com.google.guava");
    assertThat(failureaccess.direct()).isFalse();
    assertThat(named(d, "guava").declaredLicenses()).extracting(l -> l.spdxExpression()).contains("Apache-2.0");
  }

  @Test
  void theOldMysqlConnectorIsFollowedToItsNewCoordinates() {
    Detection d = resolve(temp, "pkg:maven/mysql/mysql-connector-java@8.0.33");

    assertThat(d.problems()).isEmpty();
    Component connector = named(d, "mysql-connector-j");
    assertThat(connector.ref()).isEqualTo("pkg:maven/com.mysql/mysql-connector-j@8.0.33");
    assertThat(connector.properties()).containsEntry(nl.autonomy.core.detect.maven.MavenGraphMapper.RELOCATED_FROM, "mysql:mysql-connector-java:8.0.33");
    assertThat(d.components()).extracting(Component::name).doesNotContain("mysql-connector-java");
  }
}

package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A POM whose properties double at every step (forty lines, a terabyte once interpolated) took
 * 5.8 GB and died of memory in Maven's model builder. It is now refused at the offending line,
 * quickly, and the scan goes on.
 */
class PropertyExpansionTest {

  @TempDir
  Path temp;

  private static String pom(String properties, String parent) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
        %s  <groupId>x</groupId><artifactId>boom</artifactId><version>1</version>
          <properties>
        %s  </properties>
          <description>${p39}</description>
        </project>
        """.formatted(parent, properties);
  }

  private static String doubling(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append("    <p").append(i).append(">${p").append(i - 1).append("}${p").append(i - 1).append("}</p")
          .append(i).append(">\n");
    }
    return b.toString();
  }

  private Detection resolve(Path root) throws IOException {
    return new ResolverMavenGraphProvider().resolveProjects(new MavenProjectsRequest(root, List.of("pom.xml"),
        FixtureRepository.options(temp.resolve("repo"), "http://127.0.0.1:9/none", true)));
  }

  @Test
  void exponentialPropertiesAreRefusedAtTheirLine() throws IOException {
    Path root = Files.createDirectories(temp.resolve("exp"));
    Files.writeString(root.resolve("pom.xml"), pom("    <p0>abcdefghij</p0>\n" + doubling(1, 40), ""));
    Detection d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> resolve(root));
    assertThat(d.problems()).anySatisfy(p -> {
      assertThat(p.location().file()).isEqualTo("pom.xml");
      assertThat(p.location().line()).isGreaterThan(5);
      assertThat(p.message()).contains("would expand to more than");
    });
  }

  @Test
  void propertiesThatMultiplyThroughALocalParentAreRefusedToo() throws IOException {
    Path root = Files.createDirectories(temp.resolve("parent"));
    Files.writeString(root.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>x</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging>
          <modules><module>child</module></modules>
          <properties>
            <p0>abcdefghij</p0>
        %s  </properties>
        </project>
        """.formatted(doubling(1, 15)));
    Files.createDirectories(root.resolve("child"));
    Files.writeString(root.resolve("child/pom.xml"), pom(doubling(15, 40),
        "  <parent><groupId>x</groupId><artifactId>parent</artifactId><version>1</version></parent>\n"));
    assertThat(PropertyExpansionGuard.check(root, "child/pom.xml")).hasValueSatisfying(p -> {
      // p14 (in the parent) is 163,840 characters; p17 (in the child) passes the 1 MiB bound
      assertThat(p.location().file()).isEqualTo("child/pom.xml");
      assertThat(p.message()).contains("'p17' would expand");
    });
  }

  @Test
  void ordinaryPropertiesPass() throws IOException {
    Path root = Files.createDirectories(temp.resolve("ok"));
    Files.writeString(root.resolve("pom.xml"), pom("""
            <p0>1.0</p0>
            <p1>${p0}-${p0}</p1>
            <p39>${p1}/${project.version}/${missing}</p39>
            <cycle>${cycle}</cycle>
        """, ""));
    assertThat(PropertyExpansionGuard.check(root, "pom.xml")).isEmpty();
  }
}

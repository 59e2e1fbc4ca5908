package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.source.ArchiveTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same tree scanned in two places (two CI workspaces) gives the same bytes in all seven files,
 * and no file names where it lay on disk.
 */
class ReproducibleOutputTest {

  private static final List<String> SET = List.of(
      "bom.cdx.json", "bom.cdx.xml", "bom.spdx.json", "report.html", "report.json", "report.md", "report.sarif");
  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1700000000");

  @TempDir
  Path tmp;

  @Test
  void oneTreeFromTwoAbsolutePathsGivesTheSameBytes() throws Exception {
    Path first = project(tmp.resolve("workspace-a/checkout/stadsloket"));
    Path second = project(tmp.resolve("b/stadsloket"));

    scan(first, tmp.resolve("out-a"));
    scan(second, tmp.resolve("out-b"));

    assertSameBytes(tmp.resolve("out-a"), tmp.resolve("out-b"));
    assertNoPathIn(tmp.resolve("out-a"), first);
  }

  @Test
  void oneDeliveryFromTwoPlacesGivesTheSameBytesAndIsNamedByItsHash() throws Exception {
    Path built = project(tmp.resolve("build/stadsloket"));
    Path first = ArchiveTestFiles.zip(tmp.resolve("inbox/2024/stadsloket-1.0.war"), Map.of(
        "WEB-INF/lib/postgresql-42.7.4.jar", Files.readAllBytes(built.resolve("lib/postgresql-42.7.4.jar"))));
    Path second = Files.copy(first, Files.createDirectories(tmp.resolve("elsewhere")).resolve("stadsloket-1.0.war"));

    scan(first, tmp.resolve("out-a"));
    scan(second, tmp.resolve("out-b"));

    assertSameBytes(tmp.resolve("out-a"), tmp.resolve("out-b"));
    assertNoPathIn(tmp.resolve("out-a"), first.getParent());
    assertThat(Files.readString(tmp.resolve("out-a/bom.cdx.json")))
        .contains("autonomy:source:sha256").contains("\"stadsloket-1.0.war\"");
  }

  private void scan(Path input, Path out) throws Exception {
    assertThat(CliProcess.run(tmp, ENV, "scan", input.toString(), "--offline", "--local-repo",
        tmp.resolve("m2").toString(), "-o", out.toString(), "-q")).isZero();
  }

  private static void assertSameBytes(Path a, Path b) throws IOException {
    for (String name : SET) {
      assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
  }

  private void assertNoPathIn(Path out, Path scanned) throws IOException {
    for (String name : SET) {
      assertThat(Files.readString(out.resolve(name))).as(name)
          .doesNotContain(scanned.toString()).doesNotContain(tmp.toString());
    }
  }

  private static Path project(Path project) throws IOException {
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>nl.gemeente</groupId>
          <artifactId>stadsloket</artifactId>
          <version>1.0.0</version>
        </project>
        """);
    Files.writeString(project.resolve("packages.config"), """
        <?xml version="1.0" encoding="utf-8"?>
        <packages>
          <package id="Newtonsoft.Json" version="13.0.1" targetFramework="net48" />
        </packages>
        """);
    ArchiveTestFiles.zip(project.resolve("lib/postgresql-42.7.4.jar"), Map.of(
        "META-INF/maven/org.postgresql/postgresql/pom.properties",
        ArchiveTestFiles.pomProperties("org.postgresql", "postgresql", "42.7.4")));
    return project;
  }
}

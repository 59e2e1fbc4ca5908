package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.autonomy.core.source.ArchiveTestFiles;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI in its own JVM, killed with SIGKILL at random moments while it scans and writes:
 * afterwards the output folder is either absent or holds one complete set from one run, and the
 * next run leaves no temporary behind. Each run has its own SOURCE_DATE_EPOCH, so a mix of two
 * runs' files would show as two timestamps.
 */
class OutputUnderFaultsTest {

  private static final List<String> SET = List.of(
      "bom.cdx.json", "bom.cdx.xml", "bom.spdx.json", "report.html", "report.json", "report.md", "report.sarif");
  private static final long EPOCH = 1_700_000_000L;
  private static final int KILLS = 6;

  @TempDir
  Path tmp;

  @Test
  void killedAtRandomMomentsTheOutputIsNeverPartialOrMixed() throws Exception {
    Path project = project();
    Path out = tmp.resolve("autonomy-report");
    // one complete run first, timed, so the kills spread over a whole run including the final moves
    long started = System.nanoTime();
    assertThat(run(project, 0).waitFor()).isEqualTo(ExitCodes.PASSED);
    long fullRunMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertCompleteSet(out);

    Random random = new Random(20);
    int foundComplete = 0;
    for (int i = 1; i <= KILLS; i++) {
      Process p = run(project, i);
      // the second half of a run is where the writing happens: aim most kills there
      long delay = fullRunMillis / 3 + (long) (random.nextDouble() * fullRunMillis * 0.8);
      if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();
      }
      if (Files.exists(out)) {
        assertCompleteSet(out);
        foundComplete++;
      }
    }
    assertThat(run(project, 99).waitFor()).isEqualTo(ExitCodes.PASSED);
    assertCompleteSet(out);
    assertThat(timestampIn(out)).isEqualTo(Instant.ofEpochSecond(EPOCH + 99).toString());
    assertThat(listing(tmp)).as("no temporaries left").containsExactlyInAnyOrder("autonomy-report", "project");
    assertThat(foundComplete).isLessThanOrEqualTo(KILLS);
  }

  @Test
  void twoScansIntoOneFolderAtOnceEndWithOneCompleteSet() throws Exception {
    Path project = project();
    Path out = tmp.resolve("autonomy-report");

    Process a = run(project, 1);
    Process b = run(project, 2);

    assertThat(a.waitFor()).isEqualTo(ExitCodes.PASSED);
    assertThat(b.waitFor()).isEqualTo(ExitCodes.PASSED);
    assertCompleteSet(out);
    assertThat(listing(tmp)).containsExactlyInAnyOrder("autonomy-report", "project");
  }

  private Process run(Path project, int i) throws IOException {
    return CliProcess.start(tmp, Map.of("SOURCE_DATE_EPOCH", String.valueOf(EPOCH + i)),
        "scan", project.toString(), "--offline", "--local-repo", tmp.resolve("project/.m2").toString(),
        "-o", "autonomy-report", "-q");
  }

  /** All six files, each whole (the BOM schema-valid, the JSON parseable), all from one run. */
  private static void assertCompleteSet(Path out) throws IOException {
    assertThat(listing(out)).containsExactlyElementsOf(SET);
    assertThat(new JsonParser().validate(Files.readAllBytes(out.resolve("bom.cdx.json")), Version.VERSION_16)).isEmpty();
    new ObjectMapper().readTree(out.resolve("report.json").toFile());
    new ObjectMapper().readTree(out.resolve("report.sarif").toFile());
    assertThat(Files.readString(out.resolve("report.html"))).contains("</html>");
    String stamp = timestampIn(out);
    for (String name : List.of("bom.cdx.json", "bom.cdx.xml", "report.html", "report.json", "report.md")) {
      assertThat(Files.readString(out.resolve(name))).as(name + " is from the same run").contains(stamp);
    }
  }

  private static String timestampIn(Path out) throws IOException {
    String json = new ObjectMapper().readTree(out.resolve("bom.cdx.json").toFile()).at("/metadata/timestamp").asText();
    assertThat(json).isNotEmpty();
    return json;
  }

  private Path project() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>nl.gemeente</groupId>
          <artifactId>kill-test</artifactId>
          <version>1.0.0</version>
        </project>
        """);
    ArchiveTestFiles.zip(project.resolve("lib/postgresql-42.7.4.jar"), Map.of(
        "META-INF/maven/org.postgresql/postgresql/pom.properties",
        ArchiveTestFiles.pomProperties("org.postgresql", "postgresql", "42.7.4")));
    return project;
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}

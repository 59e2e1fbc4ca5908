package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.source.ArchiveTestFiles;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir
  Path tmp;

  record Run(int exit, String out, String err) {
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A project that needs nothing from a repository: no parent, no dependencies, plus a delivered jar. */
  private Path smallProject() throws Exception {
    Path project = tmp.resolve("kleine dienst");
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>nl.gemeente</groupId>
          <artifactId>kleine-dienst</artifactId>
          <version>1.0.0</version>
        </project>
        """);
    ArchiveTestFiles.zip(project.resolve("lib/postgresql-42.7.4.jar"), Map.of(
        "META-INF/maven/org.postgresql/postgresql/pom.properties",
        ArchiveTestFiles.pomProperties("org.postgresql", "postgresql", "42.7.4")));
    return project;
  }

  @Test
  void versionNamesTheTool() {
    Run r = run("--version");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Autonomy ");
  }

  @Test
  void scanWritesSchemaValidBomsAndPrintsTheSummary() throws Exception {
    Path out = tmp.resolve("report");

    Run r = run("scan", smallProject().toString(), "--offline", "--local-repo", tmp.resolve("m2").toString(),
        "-o", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Autonomy scan of nl.gemeente:kleine-dienst@1.0.0")
        .contains("Components  1 (1 direct, 0 transitive)")
        .contains("none: the SBOM is complete")
        .contains("bom.cdx.json");
    assertThat(new JsonParser().validate(Files.readAllBytes(out.resolve("bom.cdx.json")), Version.VERSION_16)).isEmpty();
    assertThat(new XmlParser().validate(out.resolve("bom.cdx.xml").toFile(), Version.VERSION_16)).isEmpty();
    assertThat(Files.readString(out.resolve("bom.cdx.json"))).contains("pkg:maven/org.postgresql/postgresql@42.7.4");
  }

  @Test
  void defineOverridesTheProjectsMavenConfigAsOnMavensCommandLine() throws Exception {
    Path project = tmp.resolve("ci-friendly");
    Files.createDirectories(project.resolve(".mvn"));
    Files.writeString(project.resolve(".mvn/maven.config"), "-Drevision=1.4.0\n-Dchangelist=-SNAPSHOT\n");
    Files.writeString(project.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>nl.gemeente</groupId>
          <artifactId>ci-dienst</artifactId>
          <version>${revision}${changelist}</version>
        </project>
        """);

    Run fromFile = run("scan", project.toString(), "--offline", "--local-repo", tmp.resolve("m2").toString(),
        "-o", tmp.resolve("ci-1").toString(), "--fail-on", "never");
    Run defined = run("scan", project.toString(), "--offline", "--local-repo", tmp.resolve("m2").toString(),
        "-o", tmp.resolve("ci-2").toString(), "--fail-on", "never", "-D", "revision=2.0.0", "--define=changelist=");

    assertThat(fromFile.exit()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).contains("Autonomy scan of nl.gemeente:ci-dienst@1.4.0-SNAPSHOT");
    assertThat(defined.exit()).as(defined.err()).isZero();
    assertThat(defined.out()).contains("Autonomy scan of nl.gemeente:ci-dienst@2.0.0");
    assertThat(run("scan", project.toString(), "--offline", "-D", "=x").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void formatSelectsTheFilesWritten() throws Exception {
    Path out = tmp.resolve("only-json");

    Run r = run("scan", smallProject().toString(), "--offline", "--local-repo", tmp.resolve("m2").toString(),
        "-o", out.toString(), "--format", "cyclonedx-json", "-q");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("bom.cdx.json");
    }
  }

  @Test
  void aMalformedPomIsListedWithItsLineAndTheRestIsStillScanned() throws Exception {
    Path project = smallProject();
    Files.createDirectories(project.resolve("broken"));
    Files.writeString(project.resolve("broken/pom.xml"), "<project>\n  <groupId>x</groupId>\n  <oops>\n</project>\n");

    Run r = run("scan", project.toString(), "--offline", "--local-repo", tmp.resolve("m2").toString(),
        "-o", tmp.resolve("r").toString());

    // an incomplete SBOM is a finding of its own (complete-sbom, an error under default): it fails
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.POLICY_FAILED);
    assertThat(r.out()).contains("the SBOM is INCOMPLETE").contains("broken/pom.xml:")
        .contains("error   complete-sbom: The SBOM is incomplete: 1 module’s dependencies could not be resolved")
        .contains("(partial: of what could be read)").contains("autonomous of what could be read");
    assertThat(Files.readString(tmp.resolve("r/bom.cdx.json"))).contains("pkg:maven/org.postgresql/postgresql@42.7.4");
  }

  @Test
  void aMissingFolderIsAnInputErrorWithoutStackTrace() {
    Run r = run("scan", tmp.resolve("nope").toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).contains("no such folder or file").doesNotContain("Exception");
  }

  /** Issue 13: nothing recognised is no answer, never "complete, PASS, 100% autonomous". */
  @Test
  void aFolderWithNothingToScanIsAnInputErrorSayingWhatWasLookedFor() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path unread = Files.createDirectories(tmp.resolve("only-docs"));
    Files.writeString(unread.resolve("README.txt"), "nothing here\n");
    Path bare = Files.createDirectories(tmp.resolve("repo.git"));
    Files.writeString(bare.resolve("HEAD"), "ref: refs/heads/main\n");
    Files.createDirectories(bare.resolve("objects"));
    Files.createDirectories(bare.resolve("refs/heads"));

    for (Path p : List.of(empty, unread, bare)) {
      Run r = run("scan", p.toString(), "--offline", "--policy", "procurement", "-o", tmp.resolve("out").toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INPUT);
      assertThat(r.err()).contains("nothing to scan").contains("Looked for: pom.xml").doesNotContain("Exception");
      assertThat(r.out()).doesNotContain("autonomous").doesNotContain("PASS");
    }
    assertThat(run("scan", bare.toString(), "--offline").err()).contains("bare git repository");
    assertThat(run("scan", unread.toString(), "--offline").err()).contains("1 file was read");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheAllowedOnes() throws Exception {
    Run r = run("scan", smallProject().toString(), "--format", "pdf");

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown output format 'pdf'").contains("cyclonedx-json");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = run("scan", "--no-such-option");

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Unknown option");
  }

  @Test
  void helpListsTheExitCodes() {
    Run r = run("--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("policy failed");
    assertThat(List.of(r.out().split("\n"))).anyMatch(l -> l.contains("scan"));
  }

  @Test
  void theRootCommandOffersPolicyCatalogAndExplain() {
    Run list = run("policy", "list");
    Run explain = run("explain", "pkg:maven/com.azure/azure-storage-blob@12.27.0");

    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out()).contains("default").contains("strict-sovereign").contains("procurement").contains("amsterdam-2030");
    assertThat(explain.exit()).as(explain.err()).isZero();
    assertThat(explain.out()).containsIgnoringCase("microsoft").contains("azure-blob-storage");
    assertThat(run("catalog", "list").exit()).isZero();
  }

  @Test
  void anUnknownPolicyIsAConfigurationErrorBeforeAnythingIsWritten() throws Exception {
    Path out = tmp.resolve("never");

    Run r = run("scan", smallProject().toString(), "--offline", "--local-repo", tmp.resolve("m2").toString(),
        "--policy", "no-such-policy", "-o", out.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no-such-policy").doesNotContain("at nl.autonomy");
    assertThat(out).doesNotExist();
  }

  @Test
  void aPolicyFailureExitsWithOneAndNeverFailsWithFailOnNever() throws Exception {
    Path project = smallProject();
    Files.writeString(project.resolve("application.properties"),
        "storage.url=https://parkeerdata.blob.core.windows.net/bewijsstukken\n");
    ArchiveTestFiles.zip(project.resolve("lib/azure-storage-blob-12.27.0.jar"), Map.of(
        "META-INF/maven/com.azure/azure-storage-blob/pom.properties",
        ArchiveTestFiles.pomProperties("com.azure", "azure-storage-blob", "12.27.0")));
    String[] common = {"scan", project.toString(), "--offline", "--local-repo", tmp.resolve("m2").toString(),
        "-o", tmp.resolve("r").toString()};

    Run failing = run(common);
    Run never = run(java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.stream.Stream.of("--fail-on", "never"))
        .toArray(String[]::new));

    assertThat(failing.exit()).as(failing.err()).isEqualTo(ExitCodes.POLICY_FAILED);
    assertThat(failing.out()).contains("FAIL against policy 'default'").contains("Azure Blob Storage");
    assertThat(never.exit()).as(never.err()).isZero();
  }
}

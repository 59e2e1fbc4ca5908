package nl.autonomy.core.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.source.ArchiveTestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.sarif of a real scan: schema-valid SARIF 2.1.0 that code scanning can track across runs. */
class SarifWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema sarifSchema;

  @TempDir
  Path tmp;

  @BeforeAll
  static void loadSchema() throws IOException {
    // the OASIS SARIF 2.1.0 schema (rtm.5, as published on schemastore), kept as a test resource
    try (InputStream in = SarifWriterTest.class.getResourceAsStream("/schema/sarif-2.1.0.json")) {
      sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(JSON.readTree(in));
    }
  }

  /** A delivered app on Azure Blob Storage: a client jar, an endpoint in configuration, one in a test. */
  private Path azureApp(String name) throws IOException {
    Path root = tmp.resolve(name);
    Files.createDirectories(root.resolve("config"));
    Files.writeString(root.resolve("config/application.properties"),
        "# where the permits' evidence is kept\nstorage.url=https://parkeerdata.blob.core.windows.net/bewijs\n");
    ArchiveTestFiles.zip(root.resolve("lib/azure-storage-blob-12.27.0.jar"), Map.of(
        "META-INF/maven/com.azure/azure-storage-blob/pom.properties",
        ArchiveTestFiles.pomProperties("com.azure", "azure-storage-blob", "12.27.0")));
    return root;
  }

  private static ScanResult scan(Path root, String policy) {
    ScanOptions options = ScanOptions.defaults().withOffline(true).withTimestamp(Instant.parse("2026-11-01T10:00:00Z"));
    return new Scanner().scan(new ScanRequest(root, root.toString(), SourceKind.FOLDER, options,
        new EvaluationOptions(policy, null, FailOn.ERROR), Optional.empty(), ProgressListener.NONE));
  }

  private static byte[] sarif(ScanResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SarifWriter().write(result, WriterOptions.defaults(), out);
    return out.toByteArray();
  }

  private static JsonNode validSarif(byte[] bytes) throws IOException {
    JsonNode log = JSON.readTree(bytes);
    assertThat(sarifSchema.validate(log)).as("SARIF 2.1.0 schema violations").isEmpty();
    return log;
  }

  @Test
  void everyFindingIsOneResultLocatedAtItsEvidenceWithItsRuleDescribed() throws IOException {
    ScanResult result = scan(azureApp("parkeren app"), "default");
    assertThat(result.assessment().findings()).isNotEmpty();

    JsonNode run = validSarif(sarif(result)).path("runs").get(0);

    assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("Autonomy");
    assertThat(run.path("results")).hasSize(result.assessment().findings().size());
    List<String> ruleIds = new ArrayList<>();
    run.path("tool").path("driver").path("rules").forEach(r -> ruleIds.add(r.path("id").asText()));
    assertThat(ruleIds).contains("no-proprietary-cloud-api").isSorted();
    JsonNode blob = findResult(run, "no-proprietary-cloud-api");
    assertThat(blob.path("level").asText()).isEqualTo("error");
    assertThat(blob.path("message").path("text").asText()).contains("Azure Blob Storage");
    assertThat(run.path("tool").path("driver").path("rules").get(blob.path("ruleIndex").asInt()).path("id").asText())
        .isEqualTo("no-proprietary-cloud-api");
    List<String> uris = new ArrayList<>();
    blob.path("locations").forEach(l -> uris.add(l.path("physicalLocation").path("artifactLocation").path("uri").asText()));
    assertThat(uris).contains("lib/azure-storage-blob-12.27.0.jar");
    assertThat(blob.path("partialFingerprints").path(SarifLogBuilder.FINGERPRINT_KEY).asText()).isNotBlank();
  }

  @Test
  void fingerprintsAndBytesAreTheSameAcrossRunsAndFolders() throws IOException {
    byte[] first = sarif(scan(azureApp("run-1"), "default"));
    byte[] second = sarif(scan(azureApp("run-1"), "default"));
    JsonNode elsewhere = JSON.readTree(sarif(scan(azureApp("another-checkout"), "default")));

    assertThat(second).isEqualTo(first);
    assertThat(fingerprints(elsewhere)).isEqualTo(fingerprints(JSON.readTree(first)));
  }

  @Test
  void aWaivedFindingIsASuppressionWithItsReasonOwnerAndExpiry() throws IOException {
    Path policy = tmp.resolve("waived.yaml");
    Files.writeString(policy, """
        apiVersion: autonomy/v1
        id: parkeren
        title: Default with the agreed blob-storage exit
        extends: [default]
        waivers:
          - rule: no-proprietary-cloud-api
            subject: azure-blob-storage
            reason: Move to an S3-compatible store is planned (DIGI-123)
            owner: team-parkeren
            expires: 2027-06-30
        """);

    JsonNode run = validSarif(sarif(scan(azureApp("waived"), policy.toString()))).path("runs").get(0);

    JsonNode suppression = findResult(run, "no-proprietary-cloud-api").path("suppressions").get(0);
    assertThat(suppression.path("kind").asText()).isEqualTo("external");
    assertThat(suppression.path("justification").asText())
        .contains("DIGI-123").contains("team-parkeren").contains("2027-06-30");
  }

  @Test
  void anEmptyResultIsValidSarifWithoutResults() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    // a project without dependencies, with a license: nothing to report, but something was read
    Files.writeString(empty.resolve("package.json"), "{\"name\": \"empty\", \"version\": \"1.0.0\", \"license\": \"EUPL-1.2\"}");

    JsonNode run = validSarif(sarif(scan(empty, "default"))).path("runs").get(0);

    assertThat(run.path("results")).isEmpty();
    assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void whatCouldNotBeReadIsANotificationNamingTheFile() throws IOException {
    Path root = azureApp("broken");
    Files.writeString(root.resolve("lib/corrupt.jar"), "not a zip");

    JsonNode run = validSarif(sarif(scan(root, "default"))).path("runs").get(0);

    JsonNode note = run.path("invocations").get(0).path("toolExecutionNotifications").get(0);
    assertThat(note.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("lib/corrupt.jar");
  }

  @Test
  void pathsWithSpacesAndNonAsciiAreValidUriReferences() {
    assertThat(UriPaths.encode("Gemeente Zaanstad/vergunning ñ/pom.xml"))
        .isEqualTo("Gemeente%20Zaanstad/vergunning%20%C3%B1/pom.xml");
  }

  @Test
  void aResultWithoutAssessmentStillWritesTheTool() throws IOException {
    ScanResult scanned = scan(azureApp("no-policy"), "default");
    Inventory inv = scanned.inventory();

    JsonNode run = validSarif(sarif(new ScanResult(inv, 0, null))).path("runs").get(0);

    assertThat(run.path("results")).isEmpty();
    assertThat(run.path("tool").path("driver").path("rules")).isEmpty();
  }

  private static JsonNode findResult(JsonNode run, String ruleId) {
    for (JsonNode r : run.path("results")) {
      if (r.path("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + ruleId + " in " + run.path("results"));
  }

  private static List<String> fingerprints(JsonNode log) {
    List<String> out = new ArrayList<>();
    log.path("runs").get(0).path("results").forEach(r ->
        out.add(r.path("partialFingerprints").path(SarifLogBuilder.FINGERPRINT_KEY).asText()));
    return out;
  }
}

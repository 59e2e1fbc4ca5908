package nl.autonomy.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.autonomy.core.AutonomyVersion;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.Golden;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSupportTest {

  @TempDir
  Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("spring-boot-azure", SampleResults.springBootOnAzure()),
        Arguments.of("with-problems", SampleResults.withProblems()),
        Arguments.of("empty", SampleResults.empty()),
        Arguments.of("odd-characters", SampleResults.oddCharacters()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aWrittenReportReadsBackAsTheSameResult(String name, ScanResult result) throws IOException {
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, JsonSupport.toJson(result), StandardCharsets.UTF_8);

    assertThat(JsonSupport.readResult(file)).isEqualTo(withoutDuration(result));
  }

  @Test
  void copyrightStatementsReadBackAndAreLeftOutWhereThereAreNone() throws IOException {
    ScanResult sample = SampleResults.springBootOnAzure();
    List<Component> components = new ArrayList<>(sample.inventory().components());
    components.set(0, components.get(0).toBuilder().copyright(nl.autonomy.core.model.Copyright.of("jar",
        nl.autonomy.core.model.Location.of("lib/a.jar!/META-INF/NOTICE"), List.of("Copyright 2001 ACME")).orElseThrow())
        .build());
    ScanResult result = new ScanResult(sample.inventory().withComponents(components), 0, sample.assessment());
    Path file = dir.resolve("copyright.json");
    Files.writeString(file, JsonSupport.toJson(result), StandardCharsets.UTF_8);

    assertThat(JsonSupport.readResult(file)).isEqualTo(withoutDuration(result));
    JsonNode written = tree(result).path("result").path("inventory").path("components");
    assertThat(written.get(0).path("copyrights").get(0).path("lines").get(0).asText()).isEqualTo("Copyright 2001 ACME");
    assertThat(written.get(0).path("copyrights").get(0).path("source").path("file").asText())
        .isEqualTo("lib/a.jar!/META-INF/NOTICE");
    assertThat(written.get(1).has("copyrights")).isFalse();
  }

  @Test
  void anAssessedResultReadsBackWithItsFindingsScoreAndVerdict() throws IOException {
    ScanResult scanned = SampleResults.springBootOnAzure();
    ScanResult assessed = scanned.withAssessment(new nl.autonomy.core.policy.Evaluation()
        .evaluate(scanned.inventory(), nl.autonomy.core.EvaluationOptions.defaults(), SampleResults.TIME));
    Path file = dir.resolve("assessed.json");
    Files.writeString(file, JsonSupport.toJson(assessed), StandardCharsets.UTF_8);

    assertThat(assessed.assessment().findings()).isNotEmpty();
    assertThat(JsonSupport.readResult(file)).isEqualTo(withoutDuration(assessed));
    JsonNode assessment = tree(assessed).path("result").path("assessment");
    assertThat(assessment.path("verdict").asText()).isEqualTo(assessed.assessment().verdict().id());
  }

  @Test
  void theDurationIsNotWrittenSoThatTwoScansGiveTheSameBytes() {
    ScanResult fast = new ScanResult(SampleResults.springBootOnAzure().inventory(), 3);
    ScanResult slow = new ScanResult(SampleResults.springBootOnAzure().inventory(), 98_765);

    assertThat(JsonSupport.toJson(fast)).isEqualTo(JsonSupport.toJson(slow)).doesNotContain("durationMillis");
  }

  private static ScanResult withoutDuration(ScanResult result) {
    return new ScanResult(result.inventory(), 0, result.assessment());
  }

  @Test
  void theSampleReportMatchesItsGoldenFile() {
    String json = JsonSupport.toJson(SampleResults.withProblems())
        .replace("\"version\" : \"" + AutonomyVersion.get() + "\"", "\"version\" : \"VERSION\"");
    Golden.assertMatches(json, "with-problems.report.json");
  }

  @Test
  void enumsAreWrittenAsTheirLowerCaseIds() throws IOException {
    JsonNode inventory = tree(SampleResults.withProblems()).path("result").path("inventory");
    JsonNode h2 = component(inventory, SampleResults.H2);

    assertThat(h2.path("scope").asText()).isEqualTo("test");
    assertThat(h2.path("ecosystem").asText()).isEqualTo("maven");
    assertThat(h2.path("license").path("category").asText()).isEqualTo("weak-copyleft");
    assertThat(h2.path("vendor").path("basis").asText()).isEqualTo("metadata");
    assertThat(h2.path("evidence").get(0).path("kind").asText()).isEqualTo("manifest");
    assertThat(inventory.path("services").get(0).path("lockIn").asText()).isEqualTo("proprietary-api");
    assertThat(inventory.path("problems").findValuesAsText("severity")).containsOnly("error", "warning");
  }

  @Test
  void recordsAreWrittenInComponentOrderWithoutHelperMethods() throws IOException {
    JsonNode blob = component(tree(SampleResults.springBootOnAzure()).path("result").path("inventory"),
        SampleResults.BLOB);
    List<String> written = new ArrayList<>();
    blob.fieldNames().forEachRemaining(written::add);

    List<String> declared = Arrays.stream(Component.class.getRecordComponents()).map(c -> c.getName()).toList();
    assertThat(written).isEqualTo(declared.stream().filter(written::contains).toList());
    assertThat(written).contains("ref", "purl", "scope", "vendor", "license", "services")
        .doesNotContain("coordinates");
    assertThat(blob.path("vendor").has("known")).isFalse();
    assertThat(blob.path("license").has("known")).isFalse();
  }

  @Test
  void topLevelCarriesSchemaVersionAndToolAndTimesAreIso8601() throws IOException {
    JsonNode doc = tree(SampleResults.springBootOnAzure());
    List<String> top = new ArrayList<>();
    doc.fieldNames().forEachRemaining(top::add);

    assertThat(top).containsExactly("schemaVersion", "tool", "result", "coverage", "euCsf");
    assertThat(doc.path("coverage").path("components").asInt())
        .isEqualTo(doc.path("result").path("inventory").path("components").size());
    assertThat(doc.path("schemaVersion").asText()).isEqualTo(ReportDocument.SCHEMA_VERSION);
    assertThat(doc.path("tool").path("name").asText()).isEqualTo("Autonomy");
    assertThat(doc.path("result").path("inventory").path("provenance").path("timestamp").asText())
        .isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void mapsAreWrittenSortedByKeyWhateverTheirOrderInMemory() throws IOException {
    Map<String, Integer> unordered = new HashMap<>();
    for (String key : List.of("zulu", "alpha", "mike", "bravo", "yankee")) {
      unordered.put(key, key.length());
    }
    String json = JsonSupport.newMapper().writeValueAsString(Map.of("m", unordered));

    assertThat(json).isEqualTo("{\"m\":{\"alpha\":5,\"bravo\":5,\"mike\":4,\"yankee\":6,\"zulu\":4}}");
  }

  @Test
  void enumMapKeysAreWrittenAndReadAsIds() throws IOException {
    ObjectMapper mapper = JsonSupport.newMapper();
    Map<LicenseCategory, Integer> counts = Map.of(LicenseCategory.WEAK_COPYLEFT, 2, LicenseCategory.PERMISSIVE, 9);
    String json = mapper.writeValueAsString(counts);

    assertThat(json).isEqualTo("{\"permissive\":9,\"weak-copyleft\":2}");
    assertThat(mapper.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<LicenseCategory, Integer>>() { }))
        .isEqualTo(counts);
  }

  @Test
  void fieldsAddedByANewerVersionAreIgnoredOnReading() throws IOException {
    ObjectNode doc = (ObjectNode) tree(SampleResults.springBootOnAzure());
    doc.put("generatedBy", "a later Autonomy");
    ((ObjectNode) doc.path("result")).putObject("attestation").put("signedBy", "a later Autonomy");
    ((ObjectNode) component(doc.path("result").path("inventory"), SampleResults.BLOB)).put("lockInDepth", "deep");
    Path file = dir.resolve("newer.json");
    Files.writeString(file, doc.toPrettyString());

    assertThat(JsonSupport.readResult(file)).isEqualTo(withoutDuration(SampleResults.springBootOnAzure()));
  }

  @Test
  void anotherSchemaVersionIsRejectedNamingTheFile() throws IOException {
    ObjectNode doc = (ObjectNode) tree(SampleResults.empty());
    doc.put("schemaVersion", "2");
    Path file = dir.resolve("future.json");
    Files.writeString(file, doc.toPrettyString());

    assertThatThrownBy(() -> JsonSupport.readResult(file)).isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("'2'").hasMessageContaining("reads 1");
  }

  @Test
  void somethingElseThanAReportIsRejectedNamingTheFile() throws IOException {
    Path file = dir.resolve("bom.cdx.json");
    Files.writeString(file, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\"}");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1\", \"result\": {");

    assertThatThrownBy(() -> JsonSupport.readResult(file)).isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString());
    assertThatThrownBy(() -> JsonSupport.readResult(broken)).isInstanceOf(IOException.class)
        .hasMessageContaining(broken.toString()).hasMessageContaining("not an Autonomy report.json");
  }

  @Test
  void anUnknownEnumIdIsRejectedNamingTheAllowedIds() throws IOException {
    String json = JsonSupport.toJson(SampleResults.springBootOnAzure()).replace("\"scope\" : \"test\"", "\"scope\" : \"dev\"");
    Path file = dir.resolve("bad-scope.json");
    Files.writeString(file, json);

    assertThatThrownBy(() -> JsonSupport.readResult(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("dev").hasMessageContaining("runtime, provided, build, test");
    assertThat(Scope.TEST.id()).isEqualTo("test");
  }

  private static JsonNode tree(ScanResult result) throws IOException {
    return new ObjectMapper().readTree(JsonSupport.toJson(result));
  }

  private static JsonNode component(JsonNode inventory, String ref) {
    for (JsonNode c : inventory.path("components")) {
      if (c.path("ref").asText().equals(ref)) {
        return c;
      }
    }
    throw new AssertionError("no component " + ref);
  }
}

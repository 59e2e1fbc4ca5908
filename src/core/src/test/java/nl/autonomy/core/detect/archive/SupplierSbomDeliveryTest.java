package nl.autonomy.core.detect.archive;

import static nl.autonomy.core.detect.archive.DeliveryFixtures.library;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.ArchiveExtractor;
import nl.autonomy.core.source.Digests;
import nl.autonomy.core.source.ScanSource;
import nl.autonomy.core.source.SourcePreparer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A supplier's delivery — jars and the supplier's CycloneDX SBOM in one folder — scanned end to end
 * with the procurement policy: does the SBOM tell the truth about what was delivered?
 */
class SupplierSbomDeliveryTest {

  @TempDir
  Path tmp;

  private ScanResult scan(String input) throws Exception {
    ScanSource source = new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(input, true);
    try {
      return new Scanner().scan(new ScanRequest(source.root(), source.source(), source.kind(),
          ScanOptions.defaults().withOffline(true).withLocalRepository(tmp.resolve("no-m2")),
          new EvaluationOptions("procurement", null, FailOn.ERROR), Optional.empty(), ProgressListener.NONE));
    } finally {
      SourcePreparer.release(source);
    }
  }

  private static String component(String purl, String group, String name, String version, String sha256) {
    return """
        {"bom-ref": "%1$s", "type": "library", "group": "%2$s", "name": "%3$s", "version": "%4$s",
         "supplier": {"name": "Example"}, "licenses": [{"license": {"id": "Apache-2.0"}}],
         "hashes": [{"alg": "SHA-256", "content": "%5$s"}], "purl": "%1$s"}""".formatted(purl, group, name, version, sha256);
  }

  @Test
  void theTruthCheckFindsOmittedMisversionedAlteredAndUndeliveredComponentsWithBothSidesEvidence() throws Exception {
    Path delivery = Files.createDirectories(tmp.resolve("delivery"));
    byte[] gson = library("com.google.code.gson", "gson", "2.10.1");
    byte[] slf4j = library("org.slf4j", "slf4j-api", "2.0.12");
    byte[] guava = library("com.google.guava", "guava", "33.4.8-jre");
    write(delivery.resolve("lib/gson-2.10.1.jar"), gson);
    write(delivery.resolve("lib/slf4j-api-2.0.12.jar"), slf4j);
    write(delivery.resolve("lib/guava-33.4.8-jre.jar"), guava);
    write(delivery.resolve("lib/commons-lang3-3.17.0.jar"), library("org.apache.commons", "commons-lang3", "3.17.0"));
    String zeros = "0".repeat(64);
    String bom = """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
         "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
         "metadata": {"timestamp": "2026-11-30T12:00:00Z",
           "component": {"bom-ref": "app", "type": "application", "group": "nl.leverancier", "name": "app",
             "version": "1.0.0", "purl": "pkg:maven/nl.leverancier/app@1.0.0?type=jar"}},
         "components": [%s, %s, %s, %s],
         "dependencies": [{"ref": "app", "dependsOn": ["pkg:maven/com.google.code.gson/gson@2.10.1?type=jar"]}]}
        """.formatted(
        component("pkg:maven/com.google.code.gson/gson@2.10.1?type=jar", "com.google.code.gson", "gson", "2.10.1",
            Digests.of(gson).get("SHA-256")),
        component("pkg:maven/org.slf4j/slf4j-api@2.0.9?type=jar", "org.slf4j", "slf4j-api", "2.0.9", zeros),
        component("pkg:maven/com.google.guava/guava@33.4.8-jre?type=jar", "com.google.guava", "guava", "33.4.8-jre", zeros),
        component("pkg:maven/commons-io/commons-io@2.18.0?type=jar", "commons-io", "commons-io", "2.18.0", zeros));
    Files.writeString(delivery.resolve("app-1.0.0-cyclonedx.json"), bom, StandardCharsets.UTF_8);

    ScanResult result = scan(delivery.toString());

    assertThat(result.inventory().suppliedSboms()).singleElement()
        .satisfies(s -> assertThat(s.file()).isEqualTo("app-1.0.0-cyclonedx.json"));
    assertThat(result.inventory().problems()).noneMatch(p -> p.severity() == Problem.Severity.ERROR);
    assertThat(findings(result, "sbom-omits-component")).singleElement().satisfies(f ->
        assertThat(f.subject().ref()).isEqualTo("pkg:maven/org.apache.commons/commons-lang3@3.17.0"));
    assertThat(findings(result, "sbom-version-mismatch")).singleElement().satisfies(f -> {
      assertThat(f.subject().ref()).isEqualTo("pkg:maven/org.slf4j/slf4j-api@2.0.12");
      assertThat(f.message()).contains("lists version 2.0.9");
      // both sides: the delivered jar and the SBOM's entry
      assertThat(f.evidence()).extracting(e -> e.location().file())
          .contains("app-1.0.0-cyclonedx.json")
          .anySatisfy(file -> assertThat(file).startsWith("lib/slf4j-api-2.0.12.jar!/"));
    });
    assertThat(findings(result, "sbom-hash-mismatch")).singleElement().satisfies(f -> {
      assertThat(f.subject().ref()).isEqualTo("pkg:maven/com.google.guava/guava@33.4.8-jre");
      assertThat(f.message()).contains("SHA-256 " + Digests.of(guava).get("SHA-256"), "SHA-256 " + zeros);
      assertThat(f.evidence()).extracting(e -> e.location().file())
          .contains("app-1.0.0-cyclonedx.json")
          .anySatisfy(file -> assertThat(file).startsWith("lib/guava-33.4.8-jre.jar!/"));
    });
    assertThat(findings(result, "sbom-lists-undelivered")).singleElement().satisfies(f ->
        assertThat(f.subject().ref()).isEqualTo("pkg:maven/commons-io/commons-io@2.18.0"));
    // gson is listed with the delivered bytes' hash: no finding
    assertThat(result.assessment().findings()).noneMatch(f -> f.subject().ref().contains("gson")
        && f.ruleId().startsWith("sbom-"));
    // and the SBOM itself lacks what BSI TR-03183-2 asks (no creator contact, no SHA-512, ...)
    assertThat(findings(result, "supplier-sbom-bsi")).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("creator-contact", "component-hash-sha512");
      // the counts read the same in the Dutch text: no English words in the fact's value
      assertThat(f.translations().get("nl").message()).contains("ontbrekend of onjuist")
          .containsPattern("component-hash-sha512 \\d+/\\d+").doesNotContain("components", "% of");
    });
  }

  @Test
  void anSbomScannedOnItsOwnIsItsSubjectAndJudgedWithoutATruthCheck() throws Exception {
    Path file = tmp.resolve("leverancier-sbom.json");
    Files.writeString(file, """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
         "metadata": {"timestamp": "2026-11-30T12:00:00Z",
           "component": {"bom-ref": "app", "type": "application", "name": "app", "version": "1.0.0",
             "purl": "pkg:maven/nl.leverancier/app@1.0.0"}},
         "components": [%s],
         "dependencies": [{"ref": "app", "dependsOn": ["pkg:maven/com.google.code.gson/gson@2.10.1"]}]}
        """.formatted(component("pkg:maven/com.google.code.gson/gson@2.10.1", "com.google.code.gson", "gson",
        "2.10.1", "0".repeat(64))), StandardCharsets.UTF_8);

    ScanResult result = scan(file.toString());

    assertThat(result.inventory().provenance().sourceKind()).isEqualTo("sbom");
    assertThat(result.inventory().provenance().source()).isEqualTo("leverancier-sbom.json");
    assertThat(result.inventory().project().ref()).isEqualTo("pkg:maven/nl.leverancier/app@1.0.0");
    assertThat(result.inventory().components()).singleElement().satisfies(c ->
        assertThat(c.properties()).containsEntry("autonomy:source", "supplier-sbom"));
    assertThat(result.assessment().findings()).noneMatch(f -> f.ruleId().startsWith("sbom-"));
    assertThat(findings(result, "supplier-sbom-cra")).isEmpty();
    assertThat(findings(result, "supplier-sbom-bsi")).hasSize(1);
    // the SBOM Autonomy writes for it is judged too
    assertThat(result.sbomQuality().subject()).isEqualTo("autonomy");
    assertThat(result.sbomQuality().standard("cra").conformant()).isTrue();
  }

  @Test
  void aFileThatIsNoSbomIsStillRefusedWithTheFormatsNamed() throws Exception {
    Path file = write(tmp.resolve("notes.json"), "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> scan(file.toString()))
        .hasMessageContaining("an SBOM (CycloneDX JSON/XML, SPDX JSON, tag-value or JSON-LD)");
  }

  private static java.util.List<Finding> findings(ScanResult result, String rule) {
    return result.assessment().findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }
}

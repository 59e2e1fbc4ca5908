package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.ServiceDepth;
import nl.autonomy.core.model.ServiceUsage;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.report.JsonSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluate stage end to end: options in, assessment out, saved and read back as a baseline. */
class EvaluationTest {

  private static final Instant DAY = Instant.parse("2026-11-28T12:00:00Z");

  @TempDir
  Path dir;

  private final InventoryFixture parkeren = fixture("parkeren-azure");
  private final Evaluation evaluation = new Evaluation(new PolicyRepository(), VendorLookup.of(parkeren.vendors));

  @Test
  void aSavedReportIsABaselineInWhichEveryFindingIsExisting() throws IOException {
    Assessment first = evaluation.evaluate(parkeren.inventory, new EvaluationOptions("default", null, FailOn.ERROR), DAY);
    assertThat(first.verdict()).isEqualTo(Verdict.FAIL);
    Path report = dir.resolve("report.json");
    Files.writeString(report, JsonSupport.toJson(new ScanResult(parkeren.inventory, 0, first)));

    Assessment again = evaluation.evaluate(parkeren.inventory,
        new EvaluationOptions("default", report, FailOn.ERROR), DAY);

    assertThat(again.verdict()).isEqualTo(Verdict.PASS);
    assertThat(again.findings()).hasSameSizeAs(first.findings())
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.EXISTING));
  }

  @Test
  void anAssessmentSurvivesTheRoundTripThroughReportJson() throws IOException {
    Assessment a = evaluation.evaluate(parkeren.inventory, new EvaluationOptions("amsterdam-2030", null, FailOn.ERROR), DAY);
    Path report = dir.resolve("report.json");
    Files.writeString(report, JsonSupport.toJson(new ScanResult(parkeren.inventory, 0, a)));

    assertThat(JsonSupport.readResult(report).assessment()).isEqualTo(a);
    assertThat(Files.readString(report)).contains("\"verdict\" : \"fail\"", "\"aspect\" : \"confidentiality\"",
        "\"status\" : \"new\"", "\"kind\" : \"portfolio\"");
  }

  @Test
  void aBaselineThatIsNoReportIsAConfigurationErrorNamingTheFile() throws IOException {
    Path notAReport = Files.writeString(dir.resolve("bom.json"), "{\"bomFormat\": \"CycloneDX\"}");
    assertThatThrownBy(() -> evaluation.evaluate(parkeren.inventory,
        new EvaluationOptions("default", notAReport, FailOn.ERROR), DAY))
        .isInstanceOf(PolicyException.class).hasMessageContaining("bom.json").hasMessageContaining("cannot use as baseline");
  }

  @Test
  void theScannerFillsTheAssessmentAndReportsAnInvalidPolicy() throws IOException {
    Path root = Files.createDirectories(dir.resolve("empty-project"));
    ScanOptions options = ScanOptions.defaults().withOffline(true).withTimestamp(DAY);
    // nothing recognised is no answer, never "100% autonomous" (issue 13)
    assertThatThrownBy(() -> new Scanner(List.of()).scan(ScanRequest.of(root, options, null)))
        .isInstanceOf(nl.autonomy.core.NothingToScanException.class)
        .hasMessageContaining("nothing to scan").hasMessageContaining("Looked for: pom.xml");

    Path bad = Files.writeString(dir.resolve("bad.yaml"), "apiVersion: autonomy/v1\nid: bad\nrules: {}\n");
    ScanRequest request = new ScanRequest(root, null, null, options,
        new EvaluationOptions(bad.toString(), null, FailOn.ERROR), null, null);
    assertThatThrownBy(() -> new Scanner(List.of()).scan(request)).isInstanceOf(PolicyException.class)
        .hasMessageContaining("bad.yaml:3:8");
  }

  @Test
  void anOpenProtocolSpokenToAnotherStoreIsNotTheVendorsServiceForJurisdictionRules() {
    InventoryFixture vergunningen = fixture("vergunningen-open");
    Evaluation strict = new Evaluation(new PolicyRepository(), VendorLookup.of(vergunningen.vendors));
    EvaluationOptions options = new EvaluationOptions("strict-sovereign", null, FailOn.ERROR);
    ServiceDepth elsewhere = new ServiceDepth(ServiceUsage.OPEN_PROTOCOL_ELSEWHERE, 2, 2, 3,
        List.of(EvidenceKind.MANIFEST, EvidenceKind.ENDPOINT), 0, ExitEffort.NONE, LockInLevel.OPEN_PROTOCOL,
        List.of("S3 spoken to minio.gemeente.example"));
    Inventory judged = vergunningen.inventory.withServices(vergunningen.inventory.services().stream()
        .map(s -> s.id().equals("amazon-s3") ? s.withDepth(elsewhere) : s).toList());

    Assessment unjudged = strict.evaluate(vergunningen.inventory, options, DAY);
    Assessment withDepth = strict.evaluate(judged, options, DAY);

    assertThat(unjudged.findings()).anyMatch(f -> f.subject().ref().equals("amazon-s3")
        && f.ruleId().equals("no-non-eu-jurisdiction-service"));
    assertThat(withDepth.findings()).noneMatch(f -> f.subject().ref().equals("amazon-s3")
        && f.ruleId().startsWith("no-non-eu-jurisdiction"));
  }

  private static InventoryFixture fixture(String name) {
    try {
      return InventoryFixture.read(Path.of(EvaluationTest.class.getResource("/policy/inventories/" + name + ".yaml").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package nl.autonomy.core.lockin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceDepth;
import nl.autonomy.core.model.ServiceUsage;
import org.junit.jupiter.api.Test;

/** The judgement over whole scans: context changes what the same SDK import means. */
class LockInStageTest {

  @Test
  void s3ClientAgainstSelfHostedMinioIsTheOpenProtocolNotAws() {
    Inventory inventory = ScanFixtures.scan(ScanFixtures.sample("vergunningen-open"));

    Service s3 = ScanFixtures.service(inventory, "amazon-s3").orElseThrow();
    assertThat(s3.lockIn()).isEqualTo(LockInLevel.OPEN_PROTOCOL);
    assertThat(s3.depth().usage()).isEqualTo(ServiceUsage.OPEN_PROTOCOL_ELSEWHERE);
    assertThat(s3.depth().effort()).isEqualTo(ExitEffort.NONE);
    assertThat(s3.endpoints()).containsExactly("https://minio.gemeente.example");
    assertThat(s3.evidence()).extracting(e -> e.location().toString())
        .contains("src/main/java/nl/gemeente/vergunningen/DocumentArchief.java:7:8",
            "src/main/resources/application.yml:10:15");
    assertThat(s3.depth().notes()).singleElement().asString().contains("https://minio.gemeente.example");
  }

  @Test
  void s3ClientConfiguredWithAnAwsHostStaysVendorUse() {
    Service s3 = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.resource("context/s3-aws")), "amazon-s3")
        .orElseThrow();
    assertThat(s3.depth().usage()).isEqualTo(ServiceUsage.VENDOR_SERVICE);
    assertThat(s3.depth().kinds()).containsExactly(EvidenceKind.IMPORT, EvidenceKind.ENDPOINT);
    assertThat(s3.endpoints()).containsExactly("s3.eu-central-1.amazonaws.com");
  }

  @Test
  void evidenceOnlyInTestsIsReportedWithThatScopeAndCostsNothing() {
    Service blob = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.resource("context/test-only")),
        "azure-blob-storage").orElseThrow();
    ServiceDepth depth = blob.depth();
    assertThat(depth.usage()).isEqualTo(ServiceUsage.TEST_ONLY);
    assertThat(depth.effort()).isEqualTo(ExitEffort.NONE);
    assertThat(depth.runtimeFiles()).isZero();
    assertThat(blob.evidence()).extracting(Evidence::scope).containsOnly(nl.autonomy.core.model.Scope.TEST);
  }

  @Test
  void aConfiguredEndpointWithoutAnyClientIsNoUse() {
    Inventory inventory = ScanFixtures.scan(ScanFixtures.resource("context/endpoint-without-client"));
    assertThat(inventory.serviceUses()).extracting(u -> u.serviceId()).containsExactly("amazon-s3");
    assertThat(inventory.services()).isEmpty();
  }

  @Test
  void depthCountsFilesOccurrencesAndKindsAndGradesTheExit() {
    Service blob = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.resource("context/deep")),
        "azure-blob-storage").orElseThrow();
    ServiceDepth depth = blob.depth();
    assertThat(depth.files()).isEqualTo(6);
    assertThat(depth.runtimeFiles()).isEqualTo(6);
    assertThat(depth.occurrences()).isEqualTo(7);
    assertThat(depth.kinds()).isEqualTo(List.of(EvidenceKind.IMPORT, EvidenceKind.IAC));
    // 5 importing files x 3 + 2 declarations x 2 = 19 points, proprietary API: high
    assertThat(depth.effortPoints()).isEqualTo(19);
    assertThat(depth.effort()).isEqualTo(ExitEffort.HIGH);
    assertThat(depth.catalogLockIn()).isEqualTo(LockInLevel.PROPRIETARY_API);
  }
}

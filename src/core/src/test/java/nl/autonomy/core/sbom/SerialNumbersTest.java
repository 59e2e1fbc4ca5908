package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Provenance;
import org.junit.jupiter.api.Test;

class SerialNumbersTest {

  private final CycloneDxMapper mapper = new CycloneDxMapper();

  @Test
  void theSerialNumberIsANameBasedUuidOfTheContent() {
    String serial = mapper.map(SampleResults.springBootOnAzure()).getSerialNumber();

    assertThat(serial).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(mapper.map(SampleResults.springBootOnAzure()).getSerialNumber()).isEqualTo(serial);
  }

  @Test
  void theScanTimeDoesNotChangeTheSerialNumberButTheTimestampStaysInTheBom() {
    ScanResult later = at(SampleResults.springBootOnAzure(), Instant.parse("2027-06-30T12:00:00Z"));

    assertThat(mapper.map(later).getSerialNumber()).isEqualTo(mapper.map(SampleResults.springBootOnAzure()).getSerialNumber());
    assertThat(mapper.map(later).getMetadata().getTimestamp().toInstant()).isEqualTo(Instant.parse("2027-06-30T12:00:00Z"));
  }

  @Test
  void anyChangeInContentGivesAnotherSerialNumber() {
    assertThat(mapper.map(SampleResults.withProblems()).getSerialNumber())
        .isNotEqualTo(mapper.map(SampleResults.springBootOnAzure()).getSerialNumber());
  }

  @Test
  void nameBasedUuidsFollowRfc4122Version5() {
    // the expected value was computed independently with Python:
    // uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/")
    assertThat(SerialNumbers.nameBased("https://example.org/"))
        .isEqualTo(UUID.fromString("527dda32-a0de-5105-a042-cb475b5f7d11"));
  }

  private static ScanResult at(ScanResult result, Instant time) {
    Inventory i = result.inventory();
    Provenance p = i.provenance();
    Provenance moved = new Provenance(p.source(), p.sourceKind(), p.gitRemote(), p.gitCommit(), p.gitBranch(), time,
        p.toolVersion());
    return new ScanResult(new Inventory(i.project(), i.components(), i.services(), i.serviceUses(), i.edges(),
        i.problems(), moved, i.walk()), result.durationMillis());
  }
}

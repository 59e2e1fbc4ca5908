package nl.autonomy.core.detect.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.autonomy.core.detect.Detection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture folder under {@code lockin/} holds positives and traps of one signal family and an
 * {@code expected.txt} with exactly the sightings to find: a trap that is reported fails the test as
 * surely as a positive that is missed.
 */
class SignalFamiliesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"imports", "endpoints", "iac", "kubernetes", "containers", "ci", "precision"})
  void findsExactlyTheExpectedSightings(String family) {
    Path root = SignalFixtures.fixture(family);
    Detection detection = SignalFixtures.detect(root);
    assertThat(detection.serviceUses()).extracting(SignalFixtures::describe)
        .containsExactlyInAnyOrderElementsOf(SignalFixtures.expected(root));
    assertThat(detection.problems()).isEmpty();
  }
}

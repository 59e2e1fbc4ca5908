package nl.autonomy.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutputTimestampsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2026-01-01T00:00:00Z, 2026-01-01T00:00:00Z",
      "2026-01-01T02:00:00+02:00, 2026-01-01T00:00:00Z",
      "1767225600, 2026-01-01T00:00:00Z"})
  void readsTheFormsMavensReproducibleBuildsAccept(String value, String expected) {
    assertThat(OutputTimestamps.parse(value)).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"a", " "})
  void anUnsetTimestampLeavesTheScansOwnTime(String value) {
    assertThat(OutputTimestamps.parse(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-01-01"})
  void anUnreadableTimestampSaysWhatIsExpected(String value) {
    assertThatThrownBy(() -> OutputTimestamps.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO-8601");
  }
}

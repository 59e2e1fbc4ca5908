package nl.autonomy.core.detect.cargo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.DetectorFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code eco/cargo} against its golden list of projects, components (ref,
 * scope, direct, optional, license, first evidence), edges and problems (with their messages): Cargo.lock formats 1 and 3 (workspace crates as projects, two versions of one crate, git sources, metadata checksums) and a malformed lock.
 */
class CargoDetectorGoldenTest {

  static Stream<String> fixtures() throws IOException {
    return DetectorFixture.cases("eco/cargo");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void detectsWhatTheGoldenListSays(String fixture) throws IOException {
    Path folder = DetectorFixture.resource("eco/cargo/" + fixture);
    Detection detection = DetectorFixture.detect(new CargoDetector(), folder);
    String actual = DetectorFixture.render(detection, true);
    assertThat(actual).isEqualTo(DetectorFixture.golden(folder, actual));
  }
}

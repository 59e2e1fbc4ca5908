package nl.autonomy.core.detect.golang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.DetectorFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code eco/golang} against its golden list of projects, components (ref,
 * scope, direct, optional, license, first evidence), edges and problems (with their messages): Go modules (require blocks, indirect, replace to a module and to a local path, go.sum checksums, quoted paths in folders with spaces) and a malformed go.mod.
 */
class GoDetectorGoldenTest {

  static Stream<String> fixtures() throws IOException {
    return DetectorFixture.cases("eco/golang");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void detectsWhatTheGoldenListSays(String fixture) throws IOException {
    Path folder = DetectorFixture.resource("eco/golang/" + fixture);
    Detection detection = DetectorFixture.detect(new GoDetector(), folder);
    String actual = DetectorFixture.render(detection, true);
    assertThat(actual).isEqualTo(DetectorFixture.golden(folder, actual));
  }
}

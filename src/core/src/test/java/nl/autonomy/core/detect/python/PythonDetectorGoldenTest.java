package nl.autonomy.core.detect.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.DetectorFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Python fixture (poetry.lock 1.x and 2.x, uv.lock, pdm.lock, Pipfile.lock, pip-compiled
 * malformed files) against its golden
 * list of projects, components (ref, scope, direct, optional, license, evidence), edges and problems.
 */
class PythonDetectorGoldenTest {

  static Stream<String> fixtures() throws IOException {
    return DetectorFixture.cases("eco/python");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void detectsWhatTheGoldenListSays(String fixture) throws IOException {
    Path folder = DetectorFixture.resource("eco/python/" + fixture);
    Detection detection = DetectorFixture.detect(new PythonDetector(), folder);
    String actual = DetectorFixture.render(detection, true);
    assertThat(actual).isEqualTo(DetectorFixture.golden(folder, actual));
  }
}

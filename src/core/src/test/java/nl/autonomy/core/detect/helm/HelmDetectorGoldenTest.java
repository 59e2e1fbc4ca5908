package nl.autonomy.core.detect.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.DetectorFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code eco/helm} against its golden list of projects, components (ref,
 * scope, direct, optional, license, first evidence), edges and problems (with their messages): Helm charts: Chart.yaml v2 with Chart.lock (https, oci and file repositories, conditions, aliases), a v1 chart with requirements.lock, ranges without a lock, and a malformed Chart.yaml.
 */
class HelmDetectorGoldenTest {

  static Stream<String> fixtures() throws IOException {
    return DetectorFixture.cases("eco/helm");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void detectsWhatTheGoldenListSays(String fixture) throws IOException {
    Path folder = DetectorFixture.resource("eco/helm/" + fixture);
    Detection detection = DetectorFixture.detect(new HelmDetector(), folder);
    String actual = DetectorFixture.render(detection, true);
    assertThat(actual).isEqualTo(DetectorFixture.golden(folder, actual));
  }
}

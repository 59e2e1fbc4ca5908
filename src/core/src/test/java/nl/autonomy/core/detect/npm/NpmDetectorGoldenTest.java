package nl.autonomy.core.detect.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.DetectorFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every npm fixture (lockfile versions, Yarn classic and Berry, pnpm 6 and 9, workspaces, dev and
 * optional, git, file and alias dependencies, declared-only, malformed files) against its golden
 * list of projects, components (ref, scope, direct, optional, license, evidence), edges and problems.
 */
class NpmDetectorGoldenTest {

  static Stream<String> fixtures() throws IOException {
    return DetectorFixture.cases("eco/npm");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void detectsWhatTheGoldenListSays(String fixture) throws IOException {
    Path folder = DetectorFixture.resource("eco/npm/" + fixture);
    Detection detection = DetectorFixture.detect(new NpmDetector(), folder);
    String actual = DetectorFixture.render(detection, true);
    assertThat(actual).isEqualTo(DetectorFixture.golden(folder, actual));
  }
}

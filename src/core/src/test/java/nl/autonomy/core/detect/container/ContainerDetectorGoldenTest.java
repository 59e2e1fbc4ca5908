package nl.autonomy.core.detect.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.DetectorFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code eco/container} against its golden list of projects, components (ref,
 * scope, direct, optional, license, first evidence), edges and problems (with their messages): container images: multi-stage Dockerfiles (ARG defaults, stage references, scratch, COPY --from, digests, --platform), compose files with variable defaults, Kubernetes manifests, and unresolvable or malformed references.
 */
class ContainerDetectorGoldenTest {

  static Stream<String> fixtures() throws IOException {
    return DetectorFixture.cases("eco/container");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void detectsWhatTheGoldenListSays(String fixture) throws IOException {
    Path folder = DetectorFixture.resource("eco/container/" + fixture);
    Detection detection = DetectorFixture.detect(new ContainerDetector(), folder);
    String actual = DetectorFixture.render(detection, true);
    assertThat(actual).isEqualTo(DetectorFixture.golden(folder, actual));
  }
}

package nl.autonomy.core.detect.dotnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.DetectorFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code eco/dotnet} against its golden list of projects, components (ref,
 * scope, direct, optional, license, first evidence), edges and problems (with their messages): central package management (Directory.Packages.props, VersionOverride, GlobalPackageReference, PrivateAssets), packages.lock.json with two target frameworks, a test project without lock, packages.config, and hostile XML (XXE, missing ids).
 */
class NuGetDetectorGoldenTest {

  static Stream<String> fixtures() throws IOException {
    return DetectorFixture.cases("eco/dotnet");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void detectsWhatTheGoldenListSays(String fixture) throws IOException {
    Path folder = DetectorFixture.resource("eco/dotnet/" + fixture);
    Detection detection = DetectorFixture.detect(new NuGetDetector(), folder);
    String actual = DetectorFixture.render(detection, true);
    assertThat(actual).isEqualTo(DetectorFixture.golden(folder, actual));
  }
}

package nl.autonomy.core.detect.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.autonomy.core.detect.support.DeclaredOnly;
import nl.autonomy.core.detect.support.DetectorFixture;
import nl.autonomy.core.model.Component;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the golden lists do not show of the pip-compiled fixture: extras, markers, the one hash that
 * identifies a package, and declared ranges.
 */
class RequirementsFactsTest {

  private static Map<String, Component> byName;

  @BeforeAll
  static void detect() {
    byName = DetectorFixture.detect(new PythonDetector(),
            DetectorFixture.resource("eco/python/requirements-compiled"))
        .components().stream().collect(Collectors.toMap(Component::name, Function.identity(), (a, b) -> a));
  }

  @Test
  void keepsExtrasAndEnvironmentMarkers() {
    assertThat(byName.get("requests").properties()).containsEntry(PyPackages.EXTRAS, "socks");
    assertThat(byName.get("psycopg").properties()).containsEntry(PyPackages.EXTRAS, "binary")
        .containsEntry(PyPackages.MARKER, "python_version >= \"3.8\"");
  }

  @Test
  void aSingleSha256IsThePackagesHashButOnePerDistributionFileIsNot() {
    assertThat(byName.get("charset-normalizer").hashes())
        .containsEntry("SHA-256", "06435b539f889b1f6f4ac1758871aae42dc3a8c0e24ac9e60c2384973ad73027");
    assertThat(byName.get("certifi").hashes()).isEmpty();
  }

  @Test
  void anUnpinnedLineKeepsItsSpecifierAndAConstraintPinsAnotherFilesLine() {
    assertThat(byName.get("whitenoise").properties())
        .containsEntry(DeclaredOnly.INCOMPLETE, DeclaredOnly.DECLARED_ONLY)
        .containsEntry(DeclaredOnly.DECLARED_RANGE, ">=6.6");
    assertThat(byName.get("whitenoise").version()).isNull();
    assertThat(byName.get("gunicorn").version()).isEqualTo("21.2.0");
    assertThat(byName.get("gunicorn").properties()).doesNotContainKey(DeclaredOnly.INCOMPLETE);
  }
}

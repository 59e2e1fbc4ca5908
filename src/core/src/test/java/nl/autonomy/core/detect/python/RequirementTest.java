package nl.autonomy.core.detect.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PEP 508 requirement lines as requirements files and pyproject.toml write them. */
class RequirementTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Django==5.0.1|Django|5.0.1",
      "requests[socks] == 2.31.0|requests|2.31.0",
      "psycopg[binary]===3.1.16 ; python_version >= \"3.8\"|psycopg|3.1.16",
      "numpy>=1.26,<2|numpy|",
      "pandas (>=2.1)|pandas|",
      "black==23.*|black|",
      "ruff~=0.1.9|ruff|",
  })
  void readsNameAndPinnedVersion(String line, String name, String pinned) {
    Requirement r = Requirement.parse(line).orElseThrow();
    assertThat(r.name()).isEqualTo(name);
    assertThat(r.pinnedVersion()).isEqualTo(pinned);
  }

  @Test
  void keepsExtrasMarkersAndDirectReferences() {
    Requirement r = Requirement.parse("psycopg[binary, pool]==3.1.16 ; sys_platform == 'linux'").orElseThrow();
    assertThat(r.extras()).isEqualTo(List.of("binary", "pool"));
    assertThat(r.marker()).isEqualTo("sys_platform == 'linux'");
    Requirement url = Requirement.parse("zgw-consumers @ git+https://github.com/g/z.git@v1.2").orElseThrow();
    assertThat(url.url()).isEqualTo("git+https://github.com/g/z.git@v1.2");
    assertThat(url.pinnedVersion()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"this is not a requirement !!", "==1.0", "django = 5"})
  void refusesWhatIsNoRequirement(String line) {
    assertThat(Requirement.parse(line)).isEmpty();
  }
}

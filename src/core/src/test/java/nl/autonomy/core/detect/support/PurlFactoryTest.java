package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Purls are canonical so that two sightings of one package get one ref. */
class PurlFactoryTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "@babel/core, 7.23.7, pkg:npm/%40babel/core@7.23.7",
      "react, 18.2.0, pkg:npm/react@18.2.0",
      "@types/node, , pkg:npm/%40types/node",
  })
  void npmScopesBecomeAnEncodedNamespace(String name, String version, String purl) {
    assertThat(PurlFactory.npm(name, version)).isEqualTo(purl);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Django, pkg:pypi/django@1.0",
      "zope.interface, pkg:pypi/zope-interface@1.0",
      "Typing_Extensions, pkg:pypi/typing-extensions@1.0",
      "ruamel.yaml.clib, pkg:pypi/ruamel-yaml-clib@1.0",
      "a__b--c, pkg:pypi/a-b-c@1.0",
  })
  void pypiNamesAreNormalisedAsPep503(String name, String purl) {
    assertThat(PurlFactory.pypi(name, "1.0")).isEqualTo(purl);
  }

  @Test
  void qualifiersAreEncodedAndSorted() {
    assertThat(PurlFactory.npm("tiles", "1.0.0", Map.of("vcs_url", "git+https://github.com/g/t.git#abc")))
        .isEqualTo("pkg:npm/tiles@1.0.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fg%2Ft.git%23abc");
  }

  @Test
  void anEmptyNameIsRefusedWithTheTypeInTheMessage() {
    assertThatThrownBy(() -> PurlFactory.create("npm", null, "", "1.0", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("npm");
  }
}

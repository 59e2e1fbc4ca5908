package nl.autonomy.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import nl.autonomy.core.catalog.PurlPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "*.blob.core.windows.net, parkeerdata.blob.core.windows.net, true",
      "*.blob.core.windows.net, PARKEERDATA.Blob.Core.Windows.Net, true",
      "*.blob.core.windows.net, blob.core.windows.net.evil.example, false",
      "*.s3.*.amazonaws.com, bucket.s3.eu-west-1.amazonaws.com, true",
      "*.s3.*.amazonaws.com, s3.amazonaws.com, false",
      "azurerm_storage_*, azurerm_storage_account, true",
      "azurerm_storage_*, azurerm_key_vault, false",
      "*.dkr.ecr.*.amazonaws.com/*, 123.dkr.ecr.eu-west-1.amazonaws.com/afval:1, true",
      "s3.amazonaws.com, s3.amazonaws.com, true"})
  void matchesWholeTokens(String glob, String text, boolean expected) {
    assertThat(Glob.of(glob).matches(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"*.blob.core.windows.net, .blob.core.windows.net", "*.dkr.ecr.*.amazonaws.com/*, .amazonaws.com/",
      "azure/login, azure/login"})
  void anchorsOnTheLongestLiteral(String glob, String anchor) {
    assertThat(Glob.of(glob).anchor()).isEqualTo(anchor);
  }

  /**
   * Patterns from another organisation's policy or catalog, values from scanned files: a regex
   * translation ({@code .*a.*a...}) backtracks for minutes on these; the matcher must not.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void hostilePatternsFinishQuickly() {
    String value = "a".repeat(20_000);
    assertThat(Glob.matches("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", value)).isFalse();
    assertThat(Glob.matches("*" + "?*".repeat(40) + "b", value)).isFalse();
    assertThat(PurlPattern.compile("pkg:npm/*a*a*a*a*a*a*a*a*a*a*a*a*b").matches("pkg:npm/" + value)).isFalse();
    assertThat(Glob.matches("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a", value)).isTrue();
  }

  @Test
  void aQuestionMarkIsOneCharacterAndNotPartOfTheAnchor() {
    assertThat(Glob.of("lockin-?-core").anchor()).isEqualTo("lockin-");
    assertThat(Glob.of("a?c").literalLength()).isEqualTo(2);
  }
}

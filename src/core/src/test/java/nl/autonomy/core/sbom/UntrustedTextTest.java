package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text and URLs from scanned files on their way into a BOM that both JSON and XML can carry. */
class UntrustedTextTest {

  @Test
  void charactersXmlCannotCarryBecomeReplacementCharacters() {
    assertThat(CdxText.clean("bell\u0007 nul\u0000 esc\u001b")).isEqualTo("bell\uFFFD nul\uFFFD esc\uFFFD");
    assertThat(CdxText.clean("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    assertThat(CdxText.clean("not a char \uFFFE")).isEqualTo("not a char \uFFFD");
  }

  @Test
  void ordinaryTextIncludingOtherScriptsAndEmojiIsKept() {
    String text = "tab\tline\nreturn\r Ölé 地図 конфиг 🚲 <&>\"'";
    assertThat(CdxText.clean(text)).isSameAs(text);
    assertThat(CdxText.clean(null)).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", nullValues = "NONE", value = {
      "https://www.microsoft.com                 => https://www.microsoft.com",
      "  https://example.org/licence van ons     => https://example.org/licence%20van%20ons",
      "parkeerbonnen.blob.core.windows.net       => parkeerbonnen.blob.core.windows.net",
      "jdbc:postgresql://db:5432/parkeren         => jdbc:postgresql://db:5432/parkeren",
      "http://example.org/<licence> \\ ^|`      => http://example.org/%3Clicence%3E%20%5C%20%5E%7C%60",
      "https://{account}.blob.core.windows.net   => https://%7Baccount%7D.blob.core.windows.net",
      "http://[::1                               => NONE",
      "https://exa\u0007mple.org                => NONE",
      "'   '                                     => NONE",
  })
  void onlyUriReferencesAreKept(String text, String expected) {
    assertThat(Iris.reference(text).orElse(null)).isEqualTo(expected);
  }
}

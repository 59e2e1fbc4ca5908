package nl.autonomy.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiterString = "=>", value = {
      "https://user:token@git.example.org/a.git            => https://git.example.org/a.git",
      "HTTPS://user:token@git.example.org/a.git            => HTTPS://git.example.org/a.git",
      "ssh://git:pa55word@git.example.org:2222/a.git       => ssh://git.example.org:2222/a.git",
      "https://ghp_abcdef1234567890@github.com/o/r         => https://github.com/o/r",
      "Git://u:p@host/x                                    => Git://host/x",
      "https://gitlab.example.org/a.git?private_token=glpat-123 => https://gitlab.example.org/a.git?private_token=REDACTED",
      "https://x.blob.core.windows.net/c?sv=2022&sig=abc%2Bdef&se=2030 => https://x.blob.core.windows.net/c?sv=2022&sig=REDACTED&se=2030",
      "https://s3.amazonaws.com/b/k?X-Amz-Signature=ff00&X-Amz-Credential=AKIA/1 => https://s3.amazonaws.com/b/k?X-Amz-Signature=REDACTED&X-Amz-Credential=REDACTED",
      "https://api.example.org/v1?Access_Token=abc&page=2  => https://api.example.org/v1?Access_Token=REDACTED&page=2",
      "https://example.org/path?q=token                    => https://example.org/path?q=token",
      "git@github.com:o/r.git                              => git@github.com:o/r.git",
  })
  void credentialsAreStrippedWhateverTheSchemeOrCase(String url, String expected) {
    assertThat(Urls.redact(url)).isEqualTo(expected);
  }

  @Test
  void urlsInsideRunningTextAreRedactedToo() {
    assertThat(Urls.redact("cannot clone 'HTTPS://bob:s3cret@git.example.org/x.git' with --offline: no"))
        .isEqualTo("cannot clone 'HTTPS://git.example.org/x.git' with --offline: no");
    assertThat(Urls.redact("no url here")).isEqualTo("no url here");
    assertThat(Urls.redact(null)).isNull();
  }

  @Test
  void aHugeHostileTextIsHandledInLinearTime() {
    String hostile = "https://" + "a:".repeat(200_000) + "@" + "?token=".repeat(50_000);
    long start = System.nanoTime();
    String out = Urls.redact(hostile);
    assertThat(out).doesNotContain("a:a:");
    // generous: a backtracking pattern takes minutes here, the linear scan milliseconds
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }
}

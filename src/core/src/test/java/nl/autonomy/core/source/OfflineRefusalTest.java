package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The --offline refusal names the repository, never its credentials, whatever their spelling. */
class OfflineRefusalTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "HTTPS://bob:s3cret@git.example.org/a.git",
      "ssh://bob:s3cret@git.example.org/a.git",
      "https://git.example.org/a.git?private_token=s3cret"})
  void theRefusalCarriesNoSecret(String url) {
    assertThatThrownBy(() -> new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(url, true))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("--offline").hasMessageContaining("git.example.org/a.git")
        .hasMessageNotContaining("s3cret").hasMessageNotContaining("bob");
  }
}

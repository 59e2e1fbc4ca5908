package nl.autonomy.core.detect.signals.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spring's {@code ${name:default}} wraps URLs and hosts in a brace that is not part of them. */
class PlaceholderUrlsTest {

  @Test
  void theClosingBraceOfAPlaceholderIsNotPartOfTheUrl() {
    Urls.Url url = Urls.firstFrom("storage.url=${STORAGE_URL:https://parkeerdata.blob.core.windows.net}", 0).orElseThrow();

    assertThat(url.host()).isEqualTo("parkeerdata.blob.core.windows.net");
    assertThat(url.origin()).isEqualTo("https://parkeerdata.blob.core.windows.net");
    assertThat(Urls.firstFrom("api=${API:https://api.example.org/v1}", 0).orElseThrow().path()).isEqualTo("/v1");
  }

  @Test
  void aTemplateInsideTheUrlKeepsItsBraces() {
    Urls.Url url = Urls.firstFrom("url: https://{account}.blob.core.windows.net/{container}", 0).orElseThrow();

    assertThat(url.authority()).isEqualTo("{account}.blob.core.windows.net");
    assertThat(url.path()).isEqualTo("/{container}");
    assertThat(Urls.balanced("parkeer.servicebus.windows.net}")).isEqualTo("parkeer.servicebus.windows.net");
  }
}

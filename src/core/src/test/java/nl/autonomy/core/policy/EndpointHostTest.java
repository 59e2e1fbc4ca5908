package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** own-hosts globs match the host of an endpoint however the code wrote it. */
class EndpointHostTest {

  @ParameterizedTest
  @CsvSource({
      "https://minio.gemeente.example, minio.gemeente.example",
      "https://minio.gemeente.example:9000/documenten?x=1, minio.gemeente.example",
      "minio.vergunningen.internal:9000, minio.vergunningen.internal",
      "parkerenprod.blob.core.windows.net, parkerenprod.blob.core.windows.net",
      "s3://user@bucket.s3.eu-central-1.amazonaws.com/key, bucket.s3.eu-central-1.amazonaws.com",
      "'[::1]:8080', '[::1]'"})
  void hostOfAnEndpoint(String endpoint, String host) {
    assertThat(Items.host(endpoint)).isEqualTo(host);
  }
}

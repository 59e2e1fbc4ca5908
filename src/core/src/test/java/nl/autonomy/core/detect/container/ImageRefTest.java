package nl.autonomy.core.detect.container;

import nl.autonomy.core.detect.support.ImageRef;
import static org.assertj.core.api.Assertions.assertThat;

import nl.autonomy.core.model.Component;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Image references normalised the way Docker resolves them, and turned into docker purls. */
class ImageRefTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/eco/container/image-refs.csv", numLinesToSkip = 1, delimiter = '|')
  void normalisesLikeDockerAndBuildsTheDockerPurl(String written, String normalised, String purl, String registry) {
    ImageRef ref = ImageRef.parse(written).orElseThrow();
    Component c = ref.component().build();

    assertThat(ref).hasToString(normalised);
    assertThat(c.purl()).isEqualTo(purl);
    assertThat(c.properties()).containsEntry("autonomy:registry", registry);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "UPPER/case:1", "nginx:bad tag", "nginx@sha256:xyz", "nginx:", "-nginx", "a//b"})
  void rejectsWhatIsNoImageReference(String written) {
    assertThat(ImageRef.parse(written)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nginx:1.25@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31"})
  void aDigestBecomesTheSha256Hash(String written) {
    Component c = ImageRef.parse(written).orElseThrow().component().build();
    assertThat(c.version()).isEqualTo("1.25");
    assertThat(c.hashes()).containsEntry("SHA-256", "0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31");
  }
}

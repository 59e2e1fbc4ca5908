package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultiPatternMatcherTest {

  @Test
  void findsOverlappingAndNestedPatternsInOnePass() {
    MultiPatternMatcher m = MultiPatternMatcher.compile(
        List.of("com.azure.storage.blob", "azure.storage.blob", "storage", "blob.core.windows.net"));
    List<int[]> hits = m.findAll("import com.azure.storage.blob.BlobClient; // x.blob.core.windows.net");
    assertThat(hits).extracting(h -> h[0] + "@" + h[1])
        .containsExactlyInAnyOrder("2@17", "0@7", "1@11", "3@47");
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
      "IMPORT BOTO3, boto3",
      "From Azure.Storage.Blobs, azure.storage.blobs",
      "x.BLOB.core.Windows.NET, .blob.core.windows.net"})
  void ignoresAsciiCase(String text, String pattern) {
    assertThat(MultiPatternMatcher.compile(List.of(pattern)).findAll(text)).hasSize(1);
  }

  @Test
  void matchesUtf8TextWithoutDecodingIt() {
    MultiPatternMatcher m = MultiPatternMatcher.compile(List.of("s3.amazonaws.com"));
    List<int[]> hits = m.findAll("bestand → s3.amazonaws.com é");
    assertThat(hits).hasSize(1);
  }

  @Test
  void countsLinesInTheSamePassAndLineFeedsBreakMatches() {
    MultiPatternMatcher m = MultiPatternMatcher.compile(List.of("ab"));
    byte[] text = "a\nab\nb\r\nxab".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<String> events = new ArrayList<>();
    int lines = m.scan(text, 0, text.length, (p, end, line, lineStart) -> events.add(p + "@" + end + " line " + line
        + " from " + lineStart));
    assertThat(events).containsExactly("0@4 line 1 from 2", "0@11 line 3 from 8");
    assertThat(lines).isEqualTo(3);
  }

  @Test
  void agreesWithNaiveSearchOnRandomText() {
    Random random = new Random(42);
    List<String> patterns = List.of("aab", "ab", "bab", "bc", "bca", "c", "caa", "abcab");
    MultiPatternMatcher m = MultiPatternMatcher.compile(patterns);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        sb.append("abc".charAt(random.nextInt(3)));
      }
      String text = sb.toString();
      List<String> expected = new ArrayList<>();
      for (int end = 1; end <= text.length(); end++) {
        for (int p = 0; p < patterns.size(); p++) {
          String pat = patterns.get(p);
          if (end >= pat.length() && text.startsWith(pat, end - pat.length())) {
            expected.add(p + "@" + (end - pat.length()));
          }
        }
      }
      assertThat(m.findAll(text)).extracting(h -> h[0] + "@" + h[1]).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void rejectsPatternsItCannotMatch() {
    assertThatThrownBy(() -> MultiPatternMatcher.compile(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MultiPatternMatcher.compile(List.of("naïve"))).isInstanceOf(IllegalArgumentException.class);
  }
}

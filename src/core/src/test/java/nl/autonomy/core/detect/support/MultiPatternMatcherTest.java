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
  void givesEachMatchItsLineAndLineFeedsBreakMatches() {
    MultiPatternMatcher m = MultiPatternMatcher.compile(List.of("ab"));
    byte[] text = "a\nab\nb\r\nxab".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<String> events = new ArrayList<>();
    m.scan(text, 0, text.length, (p, end, line, lineStart) -> events.add(p + "@" + end + " line " + line
        + " from " + lineStart));
    assertThat(events).containsExactly("0@4 line 1 from 2", "0@11 line 3 from 8");
    assertThat(MultiPatternMatcher.countLines(text, 0, text.length)).isEqualTo(3);
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

  /**
   * Ranges past the interleaving threshold are cut at line feeds and walked as four pieces: the
   * matches, their order, lines and line starts must be exactly those of a naive search.
   */
  @Test
  void largeMultiLineRangesAgreeWithNaiveSearchIncludingLines() {
    Random random = new Random(7);
    List<String> patterns = List.of("ab", "bab", "bca", "cA", "abcab", "aab");
    MultiPatternMatcher m = MultiPatternMatcher.compile(patterns);
    for (int round = 0; round < 50; round++) {
      StringBuilder sb = new StringBuilder();
      int size = 500 + random.nextInt(20_000);
      int lineLength = 1 + random.nextInt(round % 5 == 0 ? 4000 : 80);
      for (int i = 0; i < size; i++) {
        sb.append(random.nextInt(lineLength) == 0 ? '\n' : "abcA".charAt(random.nextInt(4)));
      }
      byte[] text = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      int from = random.nextInt(20);
      int to = text.length - random.nextInt(20);
      List<String> expected = new ArrayList<>();
      int line = 0;
      int lineStart = from;
      for (int end = from + 1; end <= to; end++) {
        if (text[end - 1] == '\n') {
          line++;
          lineStart = end;
          continue;
        }
        for (int p = 0; p < patterns.size(); p++) {
          String pat = patterns.get(p);
          int start = end - pat.length();
          if (start >= lineStart && sb.substring(start, end).equalsIgnoreCase(pat)) {
            expected.add(p + "@" + end + " line " + line + " from " + lineStart);
          }
        }
      }
      List<String> actual = new ArrayList<>();
      m.scan(text, from, to, (p, end, l, ls) -> actual.add(p + "@" + end + " line " + l + " from " + ls));
      assertThat(sorted(actual)).as("round %d", round).isEqualTo(sorted(expected));
      assertThat(actual).extracting(e -> Integer.parseInt(e.substring(e.indexOf('@') + 1, e.indexOf(' '))))
          .as("text order").isSorted();
      assertThat(MultiPatternMatcher.countLines(text, from, to)).isEqualTo(line);
    }
  }

  /** Within one end offset the automaton reports patterns in its own order; compare as sets per end. */
  private static List<String> sorted(List<String> events) {
    List<String> copy = new ArrayList<>(events);
    copy.sort(java.util.Comparator.comparingInt((String e) -> Integer.parseInt(e.substring(e.indexOf('@') + 1,
        e.indexOf(' ')))).thenComparing(java.util.Comparator.naturalOrder()));
    return copy;
  }

  @Test
  void rejectsPatternsItCannotMatch() {
    assertThatThrownBy(() -> MultiPatternMatcher.compile(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MultiPatternMatcher.compile(List.of("naïve"))).isInstanceOf(IllegalArgumentException.class);
  }
}

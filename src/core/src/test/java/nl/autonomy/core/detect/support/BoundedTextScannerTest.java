package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedTextScannerTest {

  private static final MultiPatternMatcher MATCHER = MultiPatternMatcher.compile(List.of("amazonaws.com", "/*"));

  private static FileScan scan(String text, long bound) throws IOException {
    return new BoundedTextScanner(MATCHER, bound).scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void reportsLinesAndCharacterColumnsOfMatches() throws IOException {
    FileScan scan = scan("a=1\r\nurl=https://s3.amazonaws.com\n\nnaam=café → x.amazonaws.com", 1 << 20);
    assertThat(scan.outcome()).isEqualTo(FileScan.Outcome.TEXT);
    assertThat(scan.lines()).extracting(TextLine::number).containsExactly(2, 4);
    TextLine last = scan.lines().get(1);
    assertThat(last.text()).isEqualTo("naam=café → x.amazonaws.com");
    TextLine.Hit hit = last.hits().get(0);
    assertThat(last.text().substring(hit.start(), hit.end())).isEqualTo("amazonaws.com");
    assertThat(scan.lines().get(0).text()).doesNotEndWith("\r");
  }

  @Test
  void findsMatchesAcrossBlockBoundariesOnTheRightLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    int lines = 0;
    while (sb.length() < BoundedTextScanner.BLOCK * 3) {
      sb.append("filler line number ").append(lines++).append('\n');
    }
    sb.append("host: bucket.s3.amazonaws.com\n");
    FileScan scan = scan(sb.toString(), 1 << 30);
    int expectedLine = lines + 1;
    assertThat(scan.lines()).singleElement().satisfies(l -> assertThat(l.number()).isEqualTo(expectedLine));
  }

  @Test
  void skipsBinariesByNulInFirstBlock() throws IOException {
    FileScan scan = scan("PK\u0000\u0003 amazonaws.com", 1 << 20);
    assertThat(scan.outcome()).isEqualTo(FileScan.Outcome.BINARY);
    assertThat(scan.lines()).isEmpty();
  }

  @Test
  void stopsAtTheSizeBound() throws IOException {
    String text = "x.amazonaws.com\n".repeat(10);
    FileScan scan = scan(text, 40);
    assertThat(scan.outcome()).isEqualTo(FileScan.Outcome.TRUNCATED);
    assertThat(scan.bytesRead()).isEqualTo(40);
    assertThat(scan.lines()).hasSize(2);
  }

  @Test
  void cutsOverlongLinesInsteadOfHoldingThemWhole() throws IOException {
    String longLine = "a".repeat(BoundedTextScanner.MAX_LINE + 10) + " x.amazonaws.com";
    FileScan scan = scan(longLine + "\nnext amazonaws.com\n", 1L << 30);
    assertThat(scan.lines()).extracting(TextLine::number).containsExactly(1, 2);
    assertThat(scan.lines().get(0).text().length()).isLessThan(100);
  }

  /**
   * Every line with a match, in files of several blocks with matches on both sides of each block
   * boundary and mixed line ends, comes back with its number and text exactly as a plain split
   * of the file gives them.
   */
  @Test
  void agreesWithAPlainSplitOnLargeFilesWithManyMatches() throws IOException {
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 5; round++) {
      StringBuilder sb = new StringBuilder();
      List<String> expected = new java.util.ArrayList<>();
      int number = 0;
      while (sb.length() < BoundedTextScanner.BLOCK * (2 + round)) {
        number++;
        String line = random.nextInt(7) == 0 ? "endpoint " + number + " = https://b" + number + ".s3.amazonaws.com/x"
            : "gewone regel " + "x".repeat(random.nextInt(120)) + " nummer " + number;
        if (line.contains("amazonaws")) {
          expected.add(number + ":" + line);
        }
        sb.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
      }
      FileScan scan = scan(sb.toString(), 1L << 30);
      assertThat(scan.outcome()).isEqualTo(FileScan.Outcome.TEXT);
      assertThat(scan.lines()).extracting(l -> l.number() + ":" + l.text()).as("round %d", round)
          .containsExactlyElementsOf(expected);
    }
  }

  /** The read block is reused between files: a short file after a long one sees only its own bytes. */
  @Test
  void aShortFileAfterALongOneSeesOnlyItsOwnBytes() throws IOException {
    scan("y.amazonaws.com\n".repeat(BoundedTextScanner.BLOCK / 8), 1L << 30);
    FileScan scan = scan("kort", 1L << 30);
    assertThat(scan.lines()).isEmpty();
    assertThat(scan.bytesRead()).isEqualTo(4);
  }

  /**
   * Comment tokens only give context to the matches after them: a file's comment lines come back
   * up to its last real match, and none at all when it has no real match.
   */
  @Test
  void keepsContextLinesOnlyBeforeTheLastRealMatch() throws IOException {
    java.util.function.IntPredicate commentToken = p -> p == 1;
    String javaLike = "/*\n * header\n */\nclass A {\n  /** doc */\n  String u = \"x.amazonaws.com\";\n"
        + "  /**\n   * more\n   */\n}\n";
    FileScan withSignal = new BoundedTextScanner(MATCHER, 1 << 20, commentToken)
        .scan(new ByteArrayInputStream(javaLike.getBytes(StandardCharsets.UTF_8)));
    assertThat(withSignal.lines()).extracting(TextLine::number).containsExactly(1, 5, 6);
    FileScan without = new BoundedTextScanner(MATCHER, 1 << 20, commentToken)
        .scan(new ByteArrayInputStream(javaLike.replace("amazonaws", "example").getBytes(StandardCharsets.UTF_8)));
    assertThat(without.lines()).isEmpty();
    StringBuilder big = new StringBuilder();
    while (big.length() < BoundedTextScanner.BLOCK * 2) {
      big.append("/* block */ filler\n");
    }
    big.append("host = y.amazonaws.com\n/* after */\n");
    FileScan multiBlock = new BoundedTextScanner(MATCHER, 1 << 30, commentToken)
        .scan(new ByteArrayInputStream(big.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(multiBlock.lines()).last().satisfies(l -> assertThat(l.text()).startsWith("host ="));
    assertThat(multiBlock.lines().size()).isGreaterThan(1000);
  }
}

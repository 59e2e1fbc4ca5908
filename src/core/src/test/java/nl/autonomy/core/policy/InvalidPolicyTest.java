package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code policy/invalid} holds one kind of mistake and, in its first line, the
 * error it must produce: {@code # expect: [FILE:]LINE:COLUMN message}. The error must name that
 * file, line and column, and its message must contain the text.
 */
class InvalidPolicyTest {

  private static final Pattern EXPECT = Pattern.compile("# expect: (?:([\\w.-]+\\.yaml):)?(\\d+):(\\d+) (.+)");

  static Stream<Path> invalidPolicies() throws IOException, URISyntaxException {
    Path dir = Path.of(InvalidPolicyTest.class.getResource("/policy/invalid").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".yaml")).filter(InvalidPolicyTest::hasExpectation)
          .sorted().toList();
      return list.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPolicies")
  void eachMistakeIsReportedAtItsLineAndColumn(Path file) throws IOException {
    Matcher expect = expectation(file);
    String expectedFile = expect.group(1) == null ? file.getFileName().toString() : expect.group(1);

    PolicyException e = catchThrowableOfType(PolicyException.class, () -> new PolicyRepository().load(file));

    assertThat(e).as("loading %s must fail", file.getFileName()).isNotNull();
    assertThat(e.errors())
        .as("errors of %s:%n%s", file.getFileName(), e.getMessage())
        .anySatisfy(error -> {
          assertThat(Path.of(error.origin().file()).getFileName()).hasToString(expectedFile);
          assertThat(error.origin().line()).isEqualTo(Integer.parseInt(expect.group(2)));
          assertThat(error.origin().column()).isEqualTo(Integer.parseInt(expect.group(3)));
          assertThat(error.message()).contains(expect.group(4));
        });
  }

  private static boolean hasExpectation(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).startsWith("# expect:");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Matcher expectation(Path file) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    Matcher m = EXPECT.matcher(first);
    assertThat(m.matches()).as("first line of %s: %s", file, first).isTrue();
    return m;
  }
}

package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.archive.JarDetector;
import nl.autonomy.core.detect.cargo.CargoDetector;
import nl.autonomy.core.detect.composer.ComposerDetector;
import nl.autonomy.core.detect.container.ContainerDetector;
import nl.autonomy.core.detect.npm.NpmDetector;
import nl.autonomy.core.detect.python.PythonDetector;
import nl.autonomy.core.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An error about a file with lines names the line where the parser knows it, including the
 * refusals that Jackson's stream constraints throw without a location (nesting depth, key
 * length), a first value of the wrong kind, and a TOML {@code [[package]]} without a name. An
 * empty file says it is empty (a whole-file condition, no line).
 */
class ProblemLinesTest {

  @TempDir
  Path root;

  static Stream<Arguments> deepNesting() {
    String deep = "[".repeat(300);
    return Stream.of(
        Arguments.of(new NpmDetector(), "package-lock.json", "{\n\"name\": \"a\",\n\"packages\": " + deep, 3),
        Arguments.of(new NpmDetector(), "package.json", "{\n\"name\": \"a\",\n\"x\": " + deep, 3),
        Arguments.of(new NpmDetector(), "pnpm-lock.yaml", "lockfileVersion: '9.0'\nimporters:\n  x: " + deep, 3),
        Arguments.of(new PythonDetector(), "Pipfile.lock", "{\n\n\"default\": " + deep, 3),
        Arguments.of(new ComposerDetector(), "composer.lock", "{\n\"packages\": " + deep, 2),
        Arguments.of(new ContainerDetector(), "docker-compose.yml", "services:\n  web:\n    image: " + deep, 3));
  }

  @ParameterizedTest
  @MethodSource
  void deepNesting(Detector detector, String file, String text, int line) throws IOException {
    Problem p = onlyError(detector, file, text);
    assertThat(p.message()).contains("nesting depth");
    assertThat(p.location().line()).isEqualTo(line);
  }

  @Test
  void aKeyOverTheNameBoundInJsonNamesItsLine() throws IOException {
    String text = "{\n\"name\": \"a\",\n\"" + "k".repeat(60_000) + "\": 1\n}\n";
    Problem p = onlyError(new NpmDetector(), "package-lock.json", text);
    assertThat(p.message()).contains("Name length");
    assertThat(p.location().line()).isEqualTo(3);
  }

  static Stream<Arguments> aKeyOverTheNameBoundInTomlNamesTheOnlyLineLongEnoughToHoldIt() {
    String key = "k".repeat(60_000) + " = 1\n";
    return Stream.of(
        Arguments.of(new PythonDetector(), "pyproject.toml", "[project]\nname = \"app\"\n" + key),
        Arguments.of(new CargoDetector(), "Cargo.lock", "version = 3\n\n" + key));
  }

  @ParameterizedTest
  @MethodSource
  void aKeyOverTheNameBoundInTomlNamesTheOnlyLineLongEnoughToHoldIt(Detector detector, String file, String text)
      throws IOException {
    Problem p = onlyError(detector, file, text);
    assertThat(p.message()).contains("Name length");
    assertThat(p.location()).hasToString(file + ":3");
  }

  @Test
  void twoLinesLongEnoughLeaveTheTomlLineUnknownRatherThanGuessed() {
    String text = "a = \"" + "v".repeat(60_000) + "\"\n" + "k".repeat(60_000) + " = 1\n";
    assertThat(TomlTrees.onlyLineLongerThan(text, 50_000)).isZero();
    assertThat(TomlTrees.onlyLineLongerThan("x\n" + "k".repeat(60_001), 50_000)).isEqualTo(2);
  }

  @Test
  void aTomlPackageWithoutANameNamesItsHeader() throws IOException {
    String lock = """
        [[package]]
        name = "a"
        version = "1.0"

        [[package]]
        version = "2.0"
        """;
    Problem p = onlyError(new PythonDetector(), "poetry.lock", lock);
    assertThat(p.message()).contains("[[package]] whose name or version is not a string");
    assertThat(p.location().line()).isEqualTo(5);
  }

  @Test
  void aFirstValueOfTheWrongKindIsAnErrorAtItsLine() throws IOException {
    Problem p = onlyError(new NpmDetector(), "package.json", "\n\n[1, 2]\n");
    assertThat(p.message()).contains("package.json must hold a JSON object, not a list");
    assertThat(p.location().line()).isEqualTo(3);
  }

  @Test
  void anEmptyFileSaysSoAndHasNoLine() throws IOException {
    Problem p = onlyError(new NpmDetector(), "package-lock.json", "  \n");
    assertThat(p.message()).contains("the file is empty").doesNotContain("IOException");
    assertThat(p.location().line()).isZero();
  }

  @Test
  void anUnreadableArchiveIsNamedByItsPathInTheTreeNeverItsAbsolutePath() throws IOException {
    byte[] jar = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    Problem p = onlyError(new JarDetector(), "lib/app.jar", jar);
    assertThat(p.location()).hasToString("lib/app.jar");
    assertThat(p.message()).startsWith("cannot read the archive").doesNotContain(root.toString());
  }

  private Problem onlyError(Detector detector, String file, String text) throws IOException {
    return onlyError(detector, file, text.getBytes(StandardCharsets.UTF_8));
  }

  private Problem onlyError(Detector detector, String file, byte[] bytes) throws IOException {
    Path target = root.resolve(file);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    Detection d = DetectorFixture.detect(detector, root);
    List<Problem> errors = d.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    assertThat(errors).as("errors in %s", d.problems()).hasSize(1);
    return errors.get(0);
  }
}

package nl.autonomy.resolver;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * POM reading: the safe header reader of reactor discovery and the property-expansion guard must
 * turn any bytes into a header or a problem, never an exception (docs/robustness.md).
 */
class PomFuzzTest {

  private static final Path ROOT = root();

  private static Path root() {
    try {
      return Files.createTempDirectory("autonomy-pom-fuzz");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void pomReading(byte[] data) throws IOException {
    Files.write(ROOT.resolve("pom.xml"), data);
    SafePomReader.Outcome outcome = SafePomReader.read(ROOT, "pom.xml");
    if ((outcome.header() == null) == (outcome.problem() == null)) {
      throw new AssertionError("neither a header nor a problem, or both: " + outcome);
    }
    PropertyExpansionGuard.check(ROOT, "pom.xml");
  }
}

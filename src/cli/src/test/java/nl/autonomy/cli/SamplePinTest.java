package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.resolver.ResolverMavenGraphProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins what a scan of each sample finds — every component with all its fields, the edges, the
 * services, the problems and every finding of the default policy — so a change made for speed
 * cannot quietly change a result. The pins under {@code src/test/resources/pins} were written by
 * the build before the speed work; a deliberate change of results rewrites them with
 * {@code -Dautonomy.pins.write=true} and the diff is reviewed like code.
 *
 * <p>Offline, from the local Maven repository (the samples' artifacts must be there, as for
 * {@link SampleCoverageTest}).
 */
class SamplePinTest {

  private static final Path SAMPLES = Path.of("../../samples").toAbsolutePath().normalize();
  private static final Path PINS = Path.of("src/test/resources/pins");
  private static final Instant TIME = Instant.parse("2026-11-28T12:00:00Z");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "afval-aws", "parkeren-azure", "stadspas-gradle", "vergunningen-open", "wijkbudget-polyglot"})
  void sameComponentsAndFindingsAsPinned(String sample) throws IOException {
    ScanOptions options = ScanOptions.defaults().withOffline(true).withTimestamp(TIME);
    ScanResult result = new Scanner().scan(
        ScanRequest.of(SAMPLES.resolve(sample), options, new ResolverMavenGraphProvider()));
    String actual = render(result);
    Path pin = PINS.resolve(sample + ".pin");

    if (Boolean.getBoolean("autonomy.pins.write")) {
      Files.writeString(pin, actual, StandardCharsets.UTF_8);
    }
    assertThat(pin).as("pin file; write it with -Dautonomy.pins.write=true").exists();
    assertThat(actual).isEqualTo(Files.readString(pin, StandardCharsets.UTF_8));
  }

  /** One line per fact, in the inventory's own (sorted) order; the sample's absolute path is cut. */
  private static String render(ScanResult result) {
    Inventory inventory = result.inventory();
    List<String> lines = new ArrayList<>();
    lines.add("project " + inventory.project());
    inventory.components().forEach(c -> lines.add("component " + c));
    inventory.edges().forEach(e -> lines.add("edge " + e));
    inventory.services().forEach(s -> lines.add("service " + s));
    inventory.problems().forEach(p -> lines.add("problem " + p));
    Assessment a = result.assessment();
    lines.add("verdict " + a.verdict() + " score " + a.score().overall() + " " + a.answer());
    a.findings().forEach(f -> lines.add("finding " + f));
    return String.join("\n", lines).replace(SAMPLES.toString(), "<samples>") + "\n";
  }
}

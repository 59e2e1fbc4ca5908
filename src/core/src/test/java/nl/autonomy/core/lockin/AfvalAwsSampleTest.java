package nl.autonomy.core.lockin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Service;
import org.junit.jupiter.api.Test;

/**
 * The sample {@code samples/afval-aws} end to end through {@link nl.autonomy.core.Scanner}: the
 * services and every piece of lock-in evidence written down in its {@code expected-services.txt}.
 */
class AfvalAwsSampleTest {

  @Test
  void findsTheServicesAndEvidenceWrittenDownInTheSample() throws IOException {
    Path sample = ScanFixtures.sample("afval-aws");
    Inventory inventory = ScanFixtures.scan(sample);

    Map<String, List<String>> actual = new TreeMap<>();
    for (Service s : inventory.services()) {
      List<String> lines = new ArrayList<>();
      for (Evidence e : s.evidence()) {
        if (e.detector().startsWith("signals.")) {
          lines.add("  " + e.kind().id() + " " + e.location().file() + ":" + e.location().line() + " " + e.scope().id());
        }
      }
      if (!lines.isEmpty()) {
        lines.add(0, s.id() + " " + s.depth().usage().id());
        actual.put(s.id(), lines);
      }
    }
    List<String> flat = actual.values().stream().flatMap(List::stream).toList();
    List<String> expected = Files.readAllLines(sample.resolve("expected-services.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertThat(flat).containsExactlyElementsOf(expected);
  }
}

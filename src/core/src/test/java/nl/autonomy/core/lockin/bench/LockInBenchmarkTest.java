package nl.autonomy.core.lockin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The scoring of the labelled lock-in benchmark. The benchmark itself (extracts of 12 public
 * repositories at pinned commits, fetched by bench/lockin/fetch, and hand labels) runs with
 * bench/lockin/run, which fails when a goal is missed: Autonomy keeps no copy of other projects'
 * code, and the build machine reaches no git host.
 */
class LockInBenchmarkTest {

  private static final Path BENCH = Path.of("../../bench/lockin");

  @Test
  void aTrapReportedCountsAgainstPrecision() {
    var label = new Sighting("r", "README.md", 3, "atlassian-cloud", "endpoints", "none");
    var use = new Sighting("r", "app.py", 1, "sentry", "imports", "ship");
    BenchScore score = BenchScore.of(java.util.List.of(label, use), java.util.List.of(label.withScope("test"), use));
    assertThat(score.overall().precision()).isEqualTo(0.5);
    assertThat(score.overall().recall()).isEqualTo(1.0);
    assertThat(Files.exists(BENCH.resolve("labels.tsv"))).isTrue();
  }

  @Test
  void theGoalsAreCheckedNotOnlyPrinted() {
    var use = new Sighting("r", "app.py", 1, "sentry", "imports", "ship");
    var trap = new Sighting("r", "README.md", 3, "atlassian-cloud", "endpoints", "none");
    BenchScore perfect = BenchScore.of(java.util.Collections.nCopies(1, use), java.util.List.of(use));
    assertThat(perfect.unmetGoals()).singleElement().asString().contains("labelled uses");
    BenchScore noisy = BenchScore.of(java.util.List.of(use, trap), java.util.List.of(use, trap.withScope("ship")));
    assertThat(noisy.unmetGoals()).anyMatch(u -> u.startsWith("overall precision 0.500"))
        .anyMatch(u -> u.startsWith("endpoints precision 0.000"));
  }
}

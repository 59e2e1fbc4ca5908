package nl.autonomy.core.lockin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The labelled benchmark (bench/lockin: extracts of 12 public repositories, hand labels) runs with
 * every build: a change that makes the evidence less precise or misses labelled uses fails here.
 */
class LockInBenchmarkTest {

  private static final Path BENCH = Path.of("../../bench/lockin");

  @Test
  void precisionAndRecallOnTheLabelledBenchmarkMeetTheGoal() {
    assertThat(BENCH.resolve("labels.tsv")).exists();
    assertThat(LockInBenchmark.repos(BENCH)).hasSizeGreaterThanOrEqualTo(10);
    BenchScore score = BenchScore.of(LockInBenchmark.labels(BENCH), LockInBenchmark.detect(BENCH));
    assertThat(score.overall().labelled).isGreaterThan(150);
    assertThat(score.overall().precision()).as(score.table() + "\nwrong: " + score.wrong()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.overall().recall()).as(score.table() + "\nmissed: " + score.missed()).isGreaterThanOrEqualTo(0.90);
    score.byFamily().forEach((family, c) -> assertThat(c.precision()).as(family).isGreaterThanOrEqualTo(0.9));
  }

  @Test
  void aTrapReportedCountsAgainstPrecision() {
    var label = new Sighting("r", "README.md", 3, "atlassian-cloud", "endpoints", "none");
    var use = new Sighting("r", "app.py", 1, "sentry", "imports", "ship");
    BenchScore score = BenchScore.of(java.util.List.of(label, use), java.util.List.of(label.withScope("test"), use));
    assertThat(score.overall().precision()).isEqualTo(0.5);
    assertThat(score.overall().recall()).isEqualTo(1.0);
    assertThat(Files.exists(BENCH)).isTrue();
  }
}

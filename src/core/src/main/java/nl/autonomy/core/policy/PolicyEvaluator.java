package nl.autonomy.core.policy;

import nl.autonomy.core.answer.AutonomyAnswer;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.Messages;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.AutonomySummary;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.score.ScoreCalculator;

/**
 * Judges an inventory against a policy: findings (waived, new or existing), the score, the
 * verdict and the one-sentence answer. Pure: the same inputs give the same assessment.
 */
public final class PolicyEvaluator {

  public Assessment evaluate(Inventory inventory, Policy policy, EvaluationContext context) {
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(policy, "policy");
    Items items = new Items(inventory, context.vendors(), policy.ownHosts());
    List<Finding> raw = new RuleEngine(policy, items, inventory.project()).run();
    WaiverApplier.Result waived = new WaiverApplier(policy.waivers(), context.today()).apply(raw);
    List<Finding> perSubject = waived.findings().stream()
        .map(f -> context.baseline() != null && context.baseline().contains(f.fingerprint())
            ? f.withStatus(FindingStatus.EXISTING) : f)
        .toList();
    List<Finding> findings = new FindingGrouper(
        (id, language) -> policy.rule(id).map(r -> r.title(language)).orElse(id)).group(perSubject);
    Function<String, Severity> ruleSeverity =
        id -> policy.rule(id).map(Rule::severity).orElse(Severity.INFO);
    // the score is of what could be read, and says so when that was not everything
    Score score = new ScoreCalculator(policy.score()).score(findings, ruleSeverity).asPartial(!inventory.complete());
    Messages messages = Messages.english();
    AutonomySummary summary = AnswerCounts.summarize(inventory, items, score, findings);
    return new Assessment(policy.id(), policy.title(), policy.digest(), context.failOn(),
        verdict(findings, score, policy, context.failOn()),
        verdictReason(findings, score, policy, context.failOn(), messages), score,
        AutonomyAnswer.sentence(summary, messages), summary, findings, waived.notices(), policy.titles(),
        Clauses.of(policy, findings, items));
  }

  private static Verdict verdict(List<Finding> findings, Score score, Policy policy, FailOn failOn) {
    if (failOn == FailOn.NEVER) {
      return Verdict.PASS;
    }
    boolean failing = failingCount(findings, failOn) > 0 || score.overall() < policy.score().failBelow();
    return failing ? Verdict.FAIL : Verdict.PASS;
  }

  private static String verdictReason(
      List<Finding> findings, Score score, Policy policy, FailOn failOn, Messages messages) {
    if (failOn == FailOn.NEVER) {
      return messages.format("verdict.never");
    }
    long failing = failingCount(findings, failOn);
    if (failing > 0) {
      return messages.format("verdict.failFindings", failing, failOn.id());
    }
    if (score.overall() < policy.score().failBelow()) {
      return messages.format("verdict.failScore", score.overall(), policy.score().failBelow());
    }
    return messages.format("verdict.pass", failOn.id());
  }

  private static long failingCount(List<Finding> findings, FailOn failOn) {
    Severity threshold = failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR;
    return findings.stream().filter(f -> f.countsForVerdict() && f.severity().atLeast(threshold)).count();
  }
}

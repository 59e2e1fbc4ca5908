package nl.autonomy.core.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.model.ScoreContribution;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.policy.ScoreSettings;

/**
 * The autonomy score (docs/policies.md, "Score"). Per aspect, each finding costs a penalty: the
 * penalty of its rule's severity times its weight (scope weight times rule weight). With {@code P}
 * the aspect's summed penalty and {@code H} the policy's {@code half-at}:
 * <pre>  aspect = 100 * H / (H + P)      overall = sum(weight_a * aspect_a) / sum(weight_a)</pre>
 * Bounded (0 < score <= 100), monotone (more penalty never raises it), and every lost point is
 * shared out to the findings by their penalty, so the report can list what each one costs.
 * Waived and baseline findings still cost points: the score measures the code, the verdict what
 * the team accepted.
 */
public final class ScoreCalculator {

  private final ScoreSettings settings;

  public ScoreCalculator(ScoreSettings settings) {
    this.settings = settings;
  }

  /**
   * @param findings the findings
   * @param ruleSeverity the severity each rule declares: a test-scope hit reported as info still
   *     costs its rule's penalty, lowered by the scope weight only
   */
  public Score score(List<Finding> findings, Function<String, Severity> ruleSeverity) {
    Map<Aspect, Double> penalties = new EnumMap<>(Aspect.class);
    double[] perFinding = new double[findings.size()];
    for (int i = 0; i < perFinding.length; i++) {
      Finding f = findings.get(i);
      perFinding[i] = settings.penalty(ruleSeverity.apply(f.ruleId())) * f.weight();
      penalties.merge(f.aspect(), perFinding[i], Double::sum);
    }
    List<AspectScore> aspects = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    for (Aspect aspect : Aspect.values()) {
      double penalty = penalties.getOrDefault(aspect, 0.0);
      double score = aspectScore(penalty);
      double weight = settings.weight(aspect);
      aspects.add(new AspectScore(aspect, round(score), round(penalty), weight));
      weighted += weight * score;
      weights += weight;
    }
    double overall = weights == 0 ? 100 : weighted / weights;
    List<ScoreContribution> contributions = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      double penalty = perFinding[i];
      if (penalty > 0) {
        double aspectPenalty = penalties.get(f.aspect());
        double lost = 100 - aspectScore(aspectPenalty);
        contributions.add(new ScoreContribution(f.fingerprint(), f.ruleId(), f.subject().ref(), f.aspect(),
            round(penalty), round(lost * penalty / aspectPenalty)));
      }
    }
    contributions.sort(Comparator.comparingDouble(ScoreContribution::points).reversed()
        .thenComparing(ScoreContribution::ruleId).thenComparing(ScoreContribution::subject));
    return new Score(round(overall), aspects, contributions);
  }

  private double aspectScore(double penalty) {
    double half = settings.halfAt();
    return 100 * half / (half + penalty);
  }

  /** One decimal: enough to show, and rounding keeps order, so monotony survives it. */
  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}

package nl.autonomy.core.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Severity;

/**
 * How findings become a score, all set by the policy (docs/policies.md has the formula).
 *
 * @param weights each aspect's weight in the overall score
 * @param penalties the penalty of one finding per severity of its rule
 * @param halfAt the summed penalty at which an aspect's score is 50
 * @param failBelow an overall score below this fails the verdict (0 = never on score)
 * @param scopeWeights how much a finding counts by its subject's scope (runtime weighs most)
 */
public record ScoreSettings(
    Map<Aspect, Double> weights, Map<Severity, Double> penalties, double halfAt, double failBelow,
    Map<Scope, Double> scopeWeights) {

  public ScoreSettings {
    weights = frozen(weights, Aspect.class);
    penalties = frozen(penalties, Severity.class);
    scopeWeights = frozen(scopeWeights, Scope.class);
  }

  /** The built-in defaults every policy starts from. */
  public static ScoreSettings defaults() {
    return new ScoreSettings(
        Map.of(Aspect.CONFIDENTIALITY, 1.0, Aspect.AGILITY, 1.0, Aspect.RESILIENCE, 1.0),
        Map.of(Severity.ERROR, 10.0, Severity.WARNING, 4.0, Severity.INFO, 1.0),
        20, 0,
        Map.of(Scope.RUNTIME, 1.0, Scope.PROVIDED, 1.0, Scope.BUILD, 0.25, Scope.TEST, 0.1));
  }

  public double weight(Aspect aspect) {
    return weights.getOrDefault(aspect, 0.0);
  }

  public double penalty(Severity severity) {
    return penalties.getOrDefault(severity, 0.0);
  }

  public double scopeWeight(Scope scope) {
    return scopeWeights.getOrDefault(scope, 1.0);
  }

  private static <K extends Enum<K>> Map<K, Double> frozen(Map<K, Double> map, Class<K> type) {
    EnumMap<K, Double> copy = new EnumMap<>(type);
    if (map != null) {
      copy.putAll(map);
    }
    return Collections.unmodifiableMap(copy);
  }
}

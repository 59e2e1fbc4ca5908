package nl.autonomy.core.policy;

import java.util.List;
import java.util.Map;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Severity;

/**
 * One policy file as written, before {@code extends} is resolved.
 *
 * @param id its id
 * @param title its title, or null
 * @param description its description, or null
 * @param extendsRefs the policies it extends, each with where it is written
 * @param score the score settings it sets (only those)
 * @param rules its rules
 * @param waivers its waivers
 * @param ownHosts the host globs it adds to {@code own-hosts}
 * @param titles its title in other languages, by language
 */
record PolicyDocument(
    String id, String title, String description, List<Ref> extendsRefs, ScorePatch score, List<Rule> rules,
    List<PolicyWaiver> waivers, List<String> ownHosts, java.util.SortedMap<String, String> titles) {

  /** A reference to another policy, where it is written. */
  record Ref(String value, Origin origin) {
  }

  /** The score settings one file sets; null and absent keys leave the base's value. */
  record ScorePatch(Map<Aspect, Double> weights, Map<Severity, Double> penalties, Double halfAt, Double failBelow,
      Map<Scope, Double> scopeWeights) {

    ScoreSettings over(ScoreSettings base) {
      return new ScoreSettings(merged(base.weights(), weights), merged(base.penalties(), penalties),
          halfAt == null ? base.halfAt() : halfAt, failBelow == null ? base.failBelow() : failBelow,
          merged(base.scopeWeights(), scopeWeights));
    }

    private static <K> Map<K, Double> merged(Map<K, Double> base, Map<K, Double> patch) {
      Map<K, Double> out = new java.util.HashMap<>(base);
      out.putAll(patch);
      return out;
    }
  }
}

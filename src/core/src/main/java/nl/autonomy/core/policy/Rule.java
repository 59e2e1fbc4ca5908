package nl.autonomy.core.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Severity;

/**
 * One rule of a policy.
 *
 * @param id stable id, used by waivers and baselines
 * @param title a short name for people, or null
 * @param target components, services, or the portfolio
 * @param aspect the question it answers
 * @param severity how serious a hit is, within the judged scopes
 * @param scopes the scopes it judges; hits outside them are reported as info (default: what ships)
 * @param when the condition an item must meet (for the portfolio: see {@code portfolio})
 * @param portfolio the portfolio measure, for target portfolio; else null
 * @param message the finding's message, with {@code {attribute}} placeholders
 * @param howToFix advice, or null for the service's alternatives and open standard
 * @param weight how much one hit counts in the score, times its scope weight
 * @param origin where it is written
 * @param translations its title, message and advice in other languages, by language ({@code nl});
 *     English is the fields above
 */
@JsonIgnoreProperties("origin") // where it is written is not what it says: the digest ignores it
public record Rule(
    String id, String title, Target target, Aspect aspect, Severity severity, List<Scope> scopes,
    Condition when, PortfolioCheck portfolio, String message, String howToFix, double weight, Origin origin,
    java.util.SortedMap<String, RuleText> translations) {

  /** A rule written in English only. */
  public Rule(String id, String title, Target target, Aspect aspect, Severity severity, List<Scope> scopes,
      Condition when, PortfolioCheck portfolio, String message, String howToFix, double weight, Origin origin) {
    this(id, title, target, aspect, severity, scopes, when, portfolio, message, howToFix, weight, origin, null);
  }

  /** What rules judge unless they select scopes: what ships. */
  public static final List<Scope> DEFAULT_SCOPES = List.of(Scope.RUNTIME, Scope.PROVIDED);

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    scopes = scopes == null || scopes.isEmpty() ? DEFAULT_SCOPES : scopes.stream().distinct().sorted().toList();
    when = when == null ? new Condition.Always() : when;
    translations = java.util.Collections.unmodifiableSortedMap(
        new java.util.TreeMap<>(translations == null ? java.util.Map.of() : translations));
    if (target == Target.PORTFOLIO) {
      Objects.requireNonNull(portfolio, "portfolio");
    }
  }

  /** The title in {@code language}, else in English, else the id. */
  public String title(String language) {
    RuleText t = translations.get(language);
    return t != null && t.title() != null ? t.title() : title != null ? title : id;
  }

  public boolean judges(Scope scope) {
    return scopes.contains(scope);
  }
}

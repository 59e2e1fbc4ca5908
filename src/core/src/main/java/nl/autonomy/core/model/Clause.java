package nl.autonomy.core.model;

import java.util.Objects;
import java.util.SortedMap;

/**
 * One clause of the policy as evaluated: every rule gets one, passed rules too, so a contract file
 * shows what was checked and not only what went wrong.
 *
 * @param ruleId the rule's id
 * @param title its title in English (its id when it has none)
 * @param titles its title in other languages, by language ({@code nl})
 * @param target what it judges: {@code component}, {@code service}, {@code project} or {@code portfolio}
 * @param severity how serious a hit is
 * @param aspect the question it answers
 * @param condition what it tests, as the policy writes it ({@code license.known: false})
 * @param checked how many subjects it judged (components, services, the project; for a portfolio
 *     rule the items of the portfolio)
 * @param outcome pass, fail or waived
 * @param failing subjects that fail it, no waiver accepting them (baseline ones included)
 * @param waived subjects a waiver accepts
 * @param existing of {@code failing}, those already in the baseline (the previous delivery)
 * @param outOfScope hits outside the scopes it judges (test, build), reported as information only
 */
public record Clause(
    String ruleId, String title, SortedMap<String, String> titles, String target, Severity severity, Aspect aspect,
    String condition, int checked, ClauseOutcome outcome, int failing, int waived, int existing, int outOfScope) {

  public Clause {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(outcome, "outcome");
    titles = java.util.Collections.unmodifiableSortedMap(
        new java.util.TreeMap<>(titles == null ? java.util.Map.of() : titles));
  }

  /** The title in {@code locale}'s language, else English. */
  public String title(java.util.Locale locale) {
    return titles.getOrDefault(locale.getLanguage(), title);
  }
}

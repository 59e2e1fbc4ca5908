package nl.autonomy.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An effective policy: its own rules merged over those of the policies it extends.
 *
 * @param id its id
 * @param title its title
 * @param description what it is for, or empty
 * @param source the shipped id or the file it was read from
 * @param chain the ids of the policies merged, base first, itself last
 * @param score score settings
 * @param rules all rules, in order (a rule overrides a base rule with the same id)
 * @param waivers all waivers
 * @param ownHosts host globs of the platforms the organisation runs itself (or has contracted
 *     on NL/EU platforms), from every file of the chain; a service seen only there is self-hosted
 * @param digest {@code sha256:} digest of the effective content
 * @param titles its title in other languages than English, by language ({@code nl})
 */
public record Policy(
    String id, String title, String description, String source, List<String> chain, ScoreSettings score,
    List<Rule> rules, List<PolicyWaiver> waivers, List<String> ownHosts, String digest,
    java.util.SortedMap<String, String> titles) {

  /** A policy written in English only. */
  public Policy(String id, String title, String description, String source, List<String> chain, ScoreSettings score,
      List<Rule> rules, List<PolicyWaiver> waivers, List<String> ownHosts, String digest) {
    this(id, title, description, source, chain, score, rules, waivers, ownHosts, digest, null);
  }

  public Policy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(score, "score");
    title = title == null ? id : title;
    description = description == null ? "" : description;
    chain = List.copyOf(chain);
    titles = java.util.Collections.unmodifiableSortedMap(
        new java.util.TreeMap<>(titles == null ? java.util.Map.of() : titles));
    rules = List.copyOf(rules);
    waivers = List.copyOf(waivers);
    ownHosts = ownHosts == null ? List.of() : ownHosts.stream().distinct().toList();
  }

  public Optional<Rule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }
}

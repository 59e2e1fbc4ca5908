package nl.autonomy.core.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.autonomy.core.Messages;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.FindingText;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.Subject;

/** Applies a policy's rules to the items of an inventory and produces the raw findings. */
final class RuleEngine {

  /** Enough evidence to find the places; the report links the items themselves. */
  private static final int MAX_PORTFOLIO_EVIDENCE = 20;
  private static final int MAX_LISTED_ITEMS = 5;

  private final Policy policy;
  private final Items items;
  private final Component project;
  private final Messages messages = Messages.english();

  RuleEngine(Policy policy, Items items, Component project) {
    this.policy = policy;
    this.items = items;
    this.project = project;
  }

  List<Finding> run() {
    List<Finding> findings = new ArrayList<>();
    Map<Target, List<Item>> cache = new HashMap<>();
    for (Rule rule : policy.rules()) {
      if (rule.target() == Target.PORTFOLIO) {
        PortfolioCheck check = rule.portfolio();
        portfolio(rule, cache.computeIfAbsent(check.of(), items::of)).ifPresent(findings::add);
      } else {
        Predicate<Facts> when = rule.when().compile();
        for (Item item : cache.computeIfAbsent(rule.target(), items::of)) {
          if (when.test(item.facts())) {
            findings.add(finding(rule, item));
          }
        }
      }
    }
    return findings;
  }

  private Finding finding(Rule rule, Item item) {
    Severity severity = rule.judges(item.scope()) ? rule.severity() : Severity.INFO;
    String howToFix = rule.howToFix() != null
        ? Template.render(rule.howToFix(), item.facts(), Map.of())
        : wayOut(item.services());
    return new Finding(rule.id(), severity, rule.aspect(), item.subject(),
        Template.render(rule.message(), item.facts(), Map.of()), howToFix, item.evidence(), null,
        FindingStatus.NEW, weight(rule, item.scope()),
        // the project is one per scan: its findings match across checkouts under any folder name
        Fingerprints.of(rule.id(), item.subject().kind(),
            rule.target() == Target.PROJECT ? "project" : item.subject().ref()), List.of(),
        rule.target() == Target.COMPONENT ? RootCause.of(rule, item) : null,
        translations(rule, item.facts(), item.services(), languageFacts(rule)));
  }

  /**
   * The finding's texts in every language the rule is written in, from the same facts; what the
   * policy leaves untranslated falls back to its English template, and the default advice (the
   * services' way out) is worded in the language itself.
   */
  private SortedMap<String, FindingText> translations(Rule rule, Facts facts, List<Service> services,
      Map<String, Map<String, String>> extraByLanguage) {
    SortedMap<String, FindingText> out = new TreeMap<>();
    rule.translations().forEach((lang, text) -> {
      Map<String, String> extra = extraByLanguage.getOrDefault(lang, Map.of());
      Messages local = Messages.of(Locale.forLanguageTag(lang));
      String message = Template.render(text.message() != null ? text.message() : rule.message(), facts, extra);
      String fix = text.howToFix() != null ? Template.render(text.howToFix(), facts, extra)
          : rule.howToFix() != null ? Template.render(rule.howToFix(), facts, extra)
          : wayOut(services, local);
      out.put(lang, new FindingText(message, fix));
    });
    return out;
  }

  /** Facts that are phrases, in each language: what could not be read, for rules on the project. */
  private Map<String, Map<String, String>> languageFacts(Rule rule) {
    if (rule.target() != Target.PROJECT) {
      return Map.of();
    }
    Map<String, Map<String, String>> out = new HashMap<>();
    for (String lang : rule.translations().keySet()) {
      String unread = items.unread(Messages.of(Locale.forLanguageTag(lang)));
      if (unread != null) {
        out.put(lang, Map.of(Attribute.SCAN_UNREAD.key(), unread));
      }
    }
    return out;
  }

  private Optional<Finding> portfolio(Rule rule, List<Item> all) {
    PortfolioCheck check = rule.portfolio();
    Predicate<Facts> where = check.where().compile();
    Predicate<Facts> matching = check.matching().compile();
    List<Item> population = all.stream()
        .filter(i -> rule.judges(i.scope()) && where.test(i.facts())).toList();
    List<Item> matched = population.stream().filter(i -> matching.test(i.facts())).toList();
    double value = switch (check.measure()) {
      case SHARE -> population.isEmpty() ? Double.NaN : (double) matched.size() / population.size();
      case COUNT -> matched.size();
      case DISTINCT -> distinct(matched, check.attribute()).size();
    };
    if (Double.isNaN(value) || !check.violated(value)) {
      return Optional.empty();
    }
    java.util.Set<Item> matchedSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    matchedSet.addAll(matched);
    boolean tooFew = check.atLeast() != null && value < check.atLeast();
    List<Item> culprits = tooFew && check.measure() == PortfolioCheck.Measure.SHARE
        ? population.stream().filter(i -> !matchedSet.contains(i)).toList()
        : matched;
    Map<String, String> extra = new HashMap<>();
    extra.put("value", show(check.measure(), value));
    extra.put("limit", show(check.measure(), check.limit(value)));
    extra.put("matched", Integer.toString(matched.size()));
    extra.put("total", Integer.toString(population.size()));
    List<String> names = check.measure() == PortfolioCheck.Measure.DISTINCT
        ? new ArrayList<>(distinct(matched, check.attribute()))
        : culprits.stream().map(i -> i.subject().name()).sorted().toList();
    extra.put("items", listed(names, messages));
    Scope scope = rule.scopes().get(0);
    Subject subject = new Subject(Subject.Kind.PORTFOLIO, project.ref(), project.name(), scope);
    List<Evidence> evidence = culprits.stream().flatMap(i -> i.evidence().stream())
        .distinct().sorted().limit(MAX_PORTFOLIO_EVIDENCE).toList();
    String howToFix = rule.howToFix() != null
        ? Template.render(rule.howToFix(), null, extra)
        : wayOut(culprits.stream().flatMap(i -> i.services().stream()).distinct().toList());
    List<Service> culpritServices = culprits.stream().flatMap(i -> i.services().stream()).distinct().toList();
    Map<String, Map<String, String>> extraByLanguage = new HashMap<>();
    for (String lang : rule.translations().keySet()) {
      Map<String, String> local = new HashMap<>(extra);
      if (names.size() > MAX_LISTED_ITEMS) {
        local.put("items", listed(names, Messages.of(Locale.forLanguageTag(lang))));
      }
      extraByLanguage.put(lang, local);
    }
    return Optional.of(new Finding(rule.id(), rule.severity(), rule.aspect(), subject,
        Template.render(rule.message(), null, extra), howToFix, evidence, null, FindingStatus.NEW,
        weight(rule, scope), Fingerprints.of(rule.id(), subject.kind(), subject.ref()), List.of(), null,
        translations(rule, null, culpritServices, extraByLanguage)));
  }

  private static TreeSet<String> distinct(List<Item> items, Attribute attribute) {
    TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    items.forEach(i -> values.addAll(i.facts().values(attribute)));
    return values;
  }

  private double weight(Rule rule, Scope scope) {
    return rule.weight() * policy.score().scopeWeight(scope);
  }

  /** The default how-to-fix: each service's open alternatives and the open standard. */
  private String wayOut(List<Service> services) {
    return wayOut(services, messages);
  }

  private static String wayOut(List<Service> services, Messages messages) {
    List<String> advice = new ArrayList<>();
    for (Service s : services) {
      boolean standard = s.standard() != null && !s.standard().isBlank();
      String alternatives = messages.join(s.alternatives());
      if (!s.alternatives().isEmpty() && standard) {
        advice.add(messages.format("howToFix.alternativesAndStandard", alternatives, s.standard()));
      } else if (!s.alternatives().isEmpty()) {
        advice.add(messages.format("howToFix.alternatives", alternatives));
      } else if (standard) {
        advice.add(messages.format("howToFix.standard", s.standard()));
      }
    }
    return String.join(" ", advice.stream().distinct().toList());
  }

  private static String listed(List<String> names, Messages messages) {
    if (names.size() <= MAX_LISTED_ITEMS) {
      return String.join(", ", names);
    }
    return messages.format("portfolio.items.more", String.join(", ", names.subList(0, MAX_LISTED_ITEMS)),
        names.size() - MAX_LISTED_ITEMS);
  }

  private static String show(PortfolioCheck.Measure measure, double value) {
    if (measure == PortfolioCheck.Measure.SHARE) {
      return Math.round(value * 100) + "%";
    }
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
  }
}

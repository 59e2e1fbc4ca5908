package nl.autonomy.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Severity;

/**
 * Turns a schema-valid policy tree into a {@link PolicyDocument}, checking what a schema cannot:
 * rule ids unique, attributes that fit the rule's target, placeholders that exist, real dates,
 * one measure per portfolio rule. Every mistake is collected with its line and column.
 */
final class PolicyParser {

  private final YamlDocument doc;
  private final List<PolicyError> errors = new ArrayList<>();

  private PolicyParser(YamlDocument doc) {
    this.doc = doc;
  }

  /** Parses a document the schema accepted; throws with all semantic mistakes found. */
  static PolicyDocument parse(YamlDocument doc) {
    PolicyParser parser = new PolicyParser(doc);
    PolicyDocument result = parser.document(doc.root());
    if (!parser.errors.isEmpty()) {
      throw new PolicyException(parser.errors);
    }
    return result;
  }

  private PolicyDocument document(JsonNode root) {
    List<PolicyDocument.Ref> refs = new ArrayList<>();
    JsonNode ext = root.path("extends");
    for (int i = 0; i < ext.size(); i++) {
      refs.add(new PolicyDocument.Ref(ext.get(i).asText(), doc.valueAt(YamlDocument.child("/extends", i))));
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonNode rulesNode = root.path("rules");
    for (int i = 0; i < rulesNode.size(); i++) {
      String at = YamlDocument.child("/rules", i);
      Rule rule = rule(rulesNode.get(i), at);
      if (rule != null) {
        if (!ids.add(rule.id())) {
          error(YamlDocument.child(at, "id"), "duplicate rule id '" + rule.id() + "': each rule needs its own id");
        }
        rules.add(rule);
      }
    }
    List<PolicyWaiver> waivers = new ArrayList<>();
    JsonNode waiversNode = root.path("waivers");
    for (int i = 0; i < waiversNode.size(); i++) {
      waivers.add(waiver(waiversNode.get(i), YamlDocument.child("/waivers", i)));
    }
    List<String> ownHosts = new ArrayList<>();
    root.path("own-hosts").forEach(h -> ownHosts.add(h.asText()));
    java.util.SortedMap<String, String> titles = new java.util.TreeMap<>();
    translated(root, "title").forEach((lang, t) -> titles.put(lang, t));
    return new PolicyDocument(root.path("id").asText(), text(root, "title"), text(root, "description"), refs,
        score(root.path("score")), rules, waivers, ownHosts, titles);
  }

  private PolicyDocument.ScorePatch score(JsonNode score) {
    Map<Aspect, Double> weights = numbers(score.path("weights"), Aspect::fromId, Aspect.class);
    if (score.has("weights") && Aspect.values().length == weights.size()
        && weights.values().stream().allMatch(w -> w == 0)) {
      error("/score/weights", "at least one aspect needs a weight above 0");
    }
    return new PolicyDocument.ScorePatch(weights,
        numbers(score.path("penalties"), Severity::fromId, Severity.class),
        score.has("half-at") ? score.get("half-at").asDouble() : null,
        score.has("fail-below") ? score.get("fail-below").asDouble() : null,
        numbers(score.path("scope-weights"), Scope::fromId, Scope.class));
  }

  private static <K extends Enum<K>> Map<K, Double> numbers(JsonNode node, Function<String, K> key, Class<K> type) {
    Map<K, Double> out = new EnumMap<>(type);
    node.fields().forEachRemaining(e -> out.put(key.apply(e.getKey()), e.getValue().asDouble()));
    return out;
  }

  private Rule rule(JsonNode node, String at) {
    String id = node.path("id").asText();
    boolean hasPortfolio = node.has("portfolio");
    Target target = node.has("on") ? Target.fromId(node.get("on").asText())
        : hasPortfolio ? Target.PORTFOLIO
        : mentions(node.path("when"), "scan.") || mentions(node.path("when"), "eu-csf.")
            || mentions(node.path("when"), "sbom.")
            || mentions(node.path("when"), "publiccode.") ? Target.PROJECT
        : mentions(node.path("when"), "service.") ? Target.SERVICE : Target.COMPONENT;
    Condition when = null;
    PortfolioCheck portfolio = null;
    if (target == Target.PORTFOLIO) {
      if (!hasPortfolio) {
        error(YamlDocument.child(at, "on"), "rule '" + id + "' is on the portfolio but has no 'portfolio' block");
        return null;
      }
      if (node.has("when")) {
        errorAtKey(YamlDocument.child(at, "when"), "a portfolio rule selects its items with 'portfolio.where', not 'when'");
      }
      portfolio = portfolio(node.get("portfolio"), YamlDocument.child(at, "portfolio"));
    } else {
      if (hasPortfolio) {
        error(YamlDocument.child(at, "portfolio"),
            "a 'portfolio' block needs 'on: portfolio' (or no 'on'); this rule is on " + target.id());
      }
      when = condition(node.path("when"), YamlDocument.child(at, "when"), target);
    }
    List<Scope> scopes = new ArrayList<>();
    node.path("scopes").forEach(s -> scopes.add(Scope.fromId(s.asText())));
    String message = text(node, "message");
    Set<String> allowed = target == Target.PORTFOLIO ? Template.PORTFOLIO_PLACEHOLDERS : new HashSet<>(Attribute.keys());
    placeholders(message, allowed, YamlDocument.child(at, "message"));
    String howToFix = text(node, "how-to-fix");
    if (howToFix != null) {
      placeholders(howToFix, allowed, YamlDocument.child(at, "how-to-fix"));
    }
    java.util.SortedMap<String, RuleText> translations = translations(node, at, allowed);
    if (portfolio == null && target == Target.PORTFOLIO) {
      return null;
    }
    return new Rule(id, text(node, "title"), target, Aspect.fromId(node.path("aspect").asText()),
        Severity.fromId(node.path("severity").asText()), scopes, when, portfolio, message, howToFix,
        node.has("weight") ? node.get("weight").asDouble() : 1.0, doc.valueAt(at), translations);
  }

  private PortfolioCheck portfolio(JsonNode node, String at) {
    Target of = Target.fromId(node.path("of").asText());
    List<String> measures = new ArrayList<>();
    for (PortfolioCheck.Measure m : PortfolioCheck.Measure.values()) {
      if (node.has(m.id())) {
        measures.add(m.id());
      }
    }
    if (measures.size() != 1) {
      error(at, "a portfolio rule measures exactly one of share, count, distinct; found "
          + (measures.isEmpty() ? "none" : String.join(", ", measures)));
      return null;
    }
    PortfolioCheck.Measure measure = PortfolioCheck.Measure.valueOf(measures.get(0).toUpperCase(Locale.ROOT));
    String mAt = YamlDocument.child(at, measure.id());
    JsonNode m = node.get(measure.id());
    Double atMost = m.has("at-most") ? m.get("at-most").asDouble() : null;
    Double atLeast = m.has("at-least") ? m.get("at-least").asDouble() : null;
    if (atMost == null && atLeast == null) {
      errorAtKey(mAt, "'" + measure.id() + "' needs a limit: at-most, at-least or both");
    } else if (atMost != null && atLeast != null && atLeast > atMost) {
      error(YamlDocument.child(mAt, "at-least"), "at-least " + atLeast + " is above at-most " + atMost
          + ": no portfolio can pass");
    }
    Attribute attribute = m.has("attribute") ? Attribute.fromKey(m.get("attribute").asText()).orElse(null) : null;
    if (attribute != null) {
      checkApplies(attribute, of, YamlDocument.child(mAt, "attribute"));
    }
    return new PortfolioCheck(of, condition(node.path("where"), YamlDocument.child(at, "where"), of), measure,
        condition(m.path("matching"), YamlDocument.child(mAt, "matching"), of), attribute, atMost, atLeast);
  }

  private Condition condition(JsonNode node, String at, Target target) {
    if (node.isMissingNode()) {
      return new Condition.Always();
    }
    List<Condition> all = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String key = e.getKey();
      String keyAt = YamlDocument.child(at, key);
      switch (key) {
        case "all", "any" -> {
          List<Condition> parts = new ArrayList<>();
          for (int i = 0; i < e.getValue().size(); i++) {
            parts.add(condition(e.getValue().get(i), YamlDocument.child(keyAt, i), target));
          }
          all.add(key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts));
        }
        case "not" -> all.add(new Condition.Not(condition(e.getValue(), keyAt, target)));
        default -> Attribute.fromKey(key).ifPresent(a -> {
          checkApplies(a, target, keyAt);
          all.add(new Condition.Match(a, matcher(a, e.getValue())));
        });
      }
    }
    return all.size() == 1 ? all.get(0) : new Condition.All(all);
  }

  private void checkApplies(Attribute attribute, Target target, String at) {
    if (target == Target.COMPONENT && attribute.key().startsWith("service.")) {
      errorAtKey(at, "'" + attribute.key() + "' describes a service; this rule is on components "
          + "(write 'on: service' to judge services)");
    } else if (target != Target.PROJECT && (attribute.key().startsWith("scan.") || attribute.key().startsWith("eu-csf.")
        || attribute.key().startsWith("sbom.")
        || attribute.key().startsWith("publiccode."))) {
      errorAtKey(at, "'" + attribute.key() + "' describes the scan; this rule is on " + target.id()
          + "s (write 'on: project' to judge the project and its scan)");
    } else if (target == Target.PROJECT && attribute.key().startsWith("service.")) {
      errorAtKey(at, "'" + attribute.key() + "' describes a service; this rule is on the project");
    } else if (target == Target.SERVICE && attribute.key().startsWith("license.")) {
      errorAtKey(at, "'" + attribute.key() + "' describes a component's license; services have none "
          + "(write 'on: component' to judge components)");
    }
  }

  private static ValueMatcher matcher(Attribute attribute, JsonNode value) {
    if (value.isObject()) {
      List<ValueMatcher.Comparison> comparisons = new ArrayList<>();
      value.fields().forEachRemaining(e -> comparisons.add(new ValueMatcher.Comparison(
          ValueMatcher.Operator.valueOf(e.getKey().toUpperCase(Locale.ROOT)), e.getValue().asDouble())));
      return new ValueMatcher.Compare(comparisons);
    }
    List<String> values = new ArrayList<>();
    boolean unknown = false;
    for (JsonNode v : value.isArray() ? value : List.of(value)) {
      if (v.isNull()) {
        unknown = true;
      } else if (attribute.type() == Attribute.Type.NUMBER && v.isNumber()) {
        values.add(v.isIntegralNumber() ? Long.toString(v.asLong()) : v.asText());
      } else {
        values.add(v.asText());
      }
    }
    return new ValueMatcher.AnyOf(values, unknown);
  }

  private PolicyWaiver waiver(JsonNode node, String at) {
    LocalDate expires = null;
    if (node.has("expires")) {
      try {
        expires = LocalDate.parse(node.get("expires").asText());
      } catch (DateTimeParseException e) {
        error(YamlDocument.child(at, "expires"), "'" + node.get("expires").asText()
            + "' is not a date; write YYYY-MM-DD, e.g. 2027-06-30");
      }
    }
    return new PolicyWaiver(node.path("rule").asText(), node.path("subject").asText(), node.path("reason").asText(),
        node.path("owner").asText(), expires, doc.valueAt(at));
  }

  private void placeholders(String template, Set<String> allowed, String at) {
    for (String name : Template.placeholders(template)) {
      if (!allowed.contains(name)) {
        error(at, "unknown placeholder '{" + name + "}'; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static boolean mentions(JsonNode condition, String prefix) {
    if (condition.isArray()) {
      for (JsonNode c : condition) {
        if (mentions(c, prefix)) {
          return true;
        }
      }
    } else if (condition.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = condition.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        if (e.getKey().startsWith(prefix) || (Set.of("all", "any", "not").contains(e.getKey())
            && mentions(e.getValue(), prefix))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A text field: a string (English), or its texts by language ({@code {en: …, nl: …}}, English
   * required by the schema); this is the English one.
   */
  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isObject()) {
      v = v.get(ENGLISH);
    }
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A text field's texts in the languages other than English, by language. */
  private static java.util.SortedMap<String, String> translated(JsonNode node, String field) {
    java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
    JsonNode v = node.get(field);
    if (v != null && v.isObject()) {
      v.fields().forEachRemaining(e -> {
        if (!e.getKey().equals(ENGLISH) && e.getValue().isTextual()) {
          out.put(e.getKey(), e.getValue().asText());
        }
      });
    }
    return out;
  }

  /** A rule's title, message and advice in the other languages; their placeholders checked like the English. */
  private java.util.SortedMap<String, RuleText> translations(JsonNode node, String at, Set<String> allowed) {
    java.util.SortedMap<String, String> titles = translated(node, "title");
    java.util.SortedMap<String, String> messages = translated(node, "message");
    java.util.SortedMap<String, String> fixes = translated(node, "how-to-fix");
    java.util.SortedSet<String> languages = new java.util.TreeSet<>(titles.keySet());
    languages.addAll(messages.keySet());
    languages.addAll(fixes.keySet());
    java.util.SortedMap<String, RuleText> out = new java.util.TreeMap<>();
    for (String lang : languages) {
      if (messages.containsKey(lang)) {
        placeholders(messages.get(lang), allowed, YamlDocument.child(YamlDocument.child(at, "message"), lang));
      }
      if (fixes.containsKey(lang)) {
        placeholders(fixes.get(lang), allowed, YamlDocument.child(YamlDocument.child(at, "how-to-fix"), lang));
      }
      out.put(lang, new RuleText(titles.get(lang), messages.get(lang), fixes.get(lang)));
    }
    return out;
  }

  private static final String ENGLISH = "en";

  private void error(String pointer, String message) {
    errors.add(new PolicyError(doc.valueAt(pointer), pointer, message));
  }

  private void errorAtKey(String pointer, String message) {
    errors.add(new PolicyError(doc.keyAt(pointer), pointer, message));
  }
}

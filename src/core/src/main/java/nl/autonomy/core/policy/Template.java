package nl.autonomy.core.policy;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message templates: {@code {service.name}} becomes the item's fact (several values joined with
 * a comma, {@code unknown} when absent); portfolio rules add {@code {value}}, {@code {limit}},
 * {@code {matched}}, {@code {total}} and {@code {items}}. Nothing else is interpreted.
 */
final class Template {

  static final Set<String> PORTFOLIO_PLACEHOLDERS = Set.of("value", "limit", "matched", "total", "items");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9.-]*)}");

  private Template() {
  }

  /** The placeholder names used in a template. */
  static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static String render(String template, Facts facts, Map<String, String> extra) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = extra.get(name);
      if (value == null) {
        value = Attribute.fromKey(name)
            .map(a -> facts == null || facts.values(a).isEmpty() ? "unknown" : String.join(", ", facts.values(a)))
            .orElse(m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}

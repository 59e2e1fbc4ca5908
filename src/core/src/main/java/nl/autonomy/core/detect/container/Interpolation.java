package nl.autonomy.core.detect.container;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shell-style variable references as Dockerfiles ({@code ARG}) and compose files use them:
 * {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}. Only values
 * written in the scanned file are used: the environment of a build is unknown.
 */
final class Interpolation {

  private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

  private Interpolation() {
  }

  /** The text with every variable replaced, or empty when one has neither a value nor a default. */
  static Optional<String> resolve(String text, Map<String, String> values) {
    if (text.indexOf('$') < 0) {
      return Optional.of(text);
    }
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(3);
      String value = values.get(name);
      if (value == null || value.isEmpty() && m.group(2) != null) {
        value = m.group(2);
      }
      if (value == null) {
        return Optional.empty();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String result = out.toString();
    return result.contains("${") ? Optional.empty() : Optional.of(result);
  }
}

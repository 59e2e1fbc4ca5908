package nl.autonomy.core.detect.gradle;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Groovy or Kotlin build script prepared for reading, never for running: comments are blanked
 * (line breaks kept, so offsets still give lines, and string literals untouched, so a {@code //}
 * inside a URL survives), and the simple string variables the script defines ({@code val v = "1"},
 * {@code def v = '1'}, {@code ext.v = '1'}, {@code extra["v"] = "1"}) plus gradle.properties are
 * collected to resolve {@code "$v"} and {@code "${v}"} in coordinates.
 */
final class ScriptText {

  static final String STRING = "(?:\"([^\"\\n]*)\"|'([^'\\n]*)')";
  private static final Pattern ASSIGNMENT = Pattern.compile(
      "(?:\\b(?:val|var|def|String)\\s+|\\bext\\.|\\bextra\\[\")?\\b([A-Za-z_]\\w*)\"?]?\\s*=\\s*" + STRING);
  private static final Pattern SET_CALL = Pattern.compile("\\bset\\(\\s*\"(\\w+)\"\\s*,\\s*" + STRING);
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\s*([^}]*?)\\s*}|\\$([A-Za-z_]\\w*)");

  private final String code;
  private final Map<String, String> variables;

  private ScriptText(String code, Map<String, String> variables) {
    this.code = code;
    this.variables = variables;
  }

  /** @param inherited gradle.properties and values from enclosing builds; the script's own win */
  static ScriptText of(String source, Map<String, String> inherited) {
    String code = blankComments(source);
    Map<String, String> variables = new HashMap<>(inherited);
    for (Pattern p : new Pattern[] {ASSIGNMENT, SET_CALL}) {
      Matcher m = p.matcher(code);
      while (m.find()) {
        String value = literal(m, 2);
        if (!value.contains("$")) {
          variables.put(m.group(1), value);
        }
      }
    }
    return new ScriptText(code, variables);
  }

  String code() {
    return code;
  }

  /** The text of a {@link #STRING} match whose first group is {@code group}. */
  static String literal(Matcher m, int group) {
    return m.group(group) != null ? m.group(group) : m.group(group + 1);
  }

  /** The string with {@code $name} / {@code ${name}} replaced, or empty when one is unknown. */
  Optional<String> interpolate(String s) {
    if (s.indexOf('$') < 0) {
      return Optional.of(s);
    }
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1).replaceFirst("\\.get\\(\\)$", "") : m.group(2);
      String value = variables.get(name);
      if (value == null && name.contains(".")) {
        value = variables.get(name.substring(name.lastIndexOf('.') + 1));
      }
      if (value == null) {
        return Optional.empty();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return Optional.of(out.toString());
  }

  /** Blanks {@code //} and {@code /* *}{@code /} comments outside string literals, keeping line breaks. */
  static String blankComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfString(s, i);
        out.append(s, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        while (i < n && s.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (; i < end; i++) {
          out.append(s.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The index just past the string literal starting at {@code start} (triple quotes included). */
  private static int endOfString(String s, int start) {
    char q = s.charAt(start);
    String triple = String.valueOf(q).repeat(3);
    if (s.startsWith(triple, start)) {
      int end = s.indexOf(triple, start + 3);
      return end < 0 ? s.length() : end + 3;
    }
    for (int i = start + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == q || c == '\n') {
        return i + 1;
      }
    }
    return s.length();
  }
}

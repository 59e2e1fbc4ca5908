package nl.autonomy.core.detect.python;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEP 508 requirement: {@code name[extra1,extra2] (>=1.0,<2) ; python_version < "3.11"} or
 * {@code name @ https://...}.
 *
 * @param name the project name as written
 * @param extras requested extras
 * @param specifier version specifier, empty when any version will do
 * @param url the direct reference after {@code @}, or null
 * @param marker environment marker, or null
 */
record Requirement(String name, List<String> extras, String specifier, String url, String marker) {

  private static final Pattern PEP508 = Pattern.compile(
      "^\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[([^\\]]*)\\])?\\s*([^;]*?)\\s*(?:;\\s*(.*))?$");
  private static final String CLAUSE = "\\s*(===|==|!=|~=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+\\s*";
  private static final Pattern SPECIFIER = Pattern.compile("^" + CLAUSE + "(," + CLAUSE + ")*$");
  private static final Pattern EXACT = Pattern.compile("^===?\\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)$");

  static java.util.Optional<Requirement> parse(String text) {
    Matcher m = PEP508.matcher(text);
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    List<String> extras = m.group(2) == null ? List.of()
        : java.util.Arrays.stream(m.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    String rest = m.group(3).strip();
    String url = null;
    if (rest.startsWith("@")) {
      url = rest.substring(1).strip();
      rest = "";
    }
    if (rest.startsWith("(") && rest.endsWith(")")) {
      rest = rest.substring(1, rest.length() - 1).strip();
    }
    if (!rest.isEmpty() && !SPECIFIER.matcher(rest).matches()) {
      return java.util.Optional.empty();
    }
    String marker = m.group(4) == null || m.group(4).isBlank() ? null : m.group(4).strip();
    return java.util.Optional.of(new Requirement(m.group(1), extras, rest, url, marker));
  }

  /** The version when the specifier pins exactly one ({@code ==1.2.3}, {@code ===1.2.3}), else null. */
  String pinnedVersion() {
    Matcher m = EXACT.matcher(specifier.replace(" ", ""));
    return m.matches() && !m.group(1).contains("*") ? m.group(1) : null;
  }

  String normalizedName() {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }
}

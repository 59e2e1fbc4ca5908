package nl.autonomy.core.report.markdown;

import java.util.List;

/**
 * Markdown text under a hard size cap. Content goes in through {@link #add} while it fits under
 * the soft limit; the few closing lines (a {@code </details>}, a pointer to report.html) go in
 * through {@link #close}, which the reserve between the soft and the hard limit always has room for.
 */
final class Markdown {

  /** GitHub refuses comments of more than 65,536 characters; stay clearly under. */
  static final int HARD_LIMIT = 65_000;
  private static final int RESERVE = 2_000;
  private static final int MAX_CELL = 300;
  /** A comment is read, not searched: past this many rows a table points to report.html. */
  static final int MAX_ROWS = 100;

  private final StringBuilder out = new StringBuilder();
  private final int softLimit;
  private boolean truncated;

  Markdown() {
    this(HARD_LIMIT - RESERVE);
  }

  Markdown(int softLimit) {
    this.softLimit = softLimit;
  }

  /** Appends the text if it fits; otherwise appends nothing, remembers that, and returns false. */
  boolean add(String text) {
    if (out.length() + text.length() > softLimit) {
      truncated = true;
      return false;
    }
    out.append(text);
    return true;
  }

  /** Appends a short closing text regardless of the soft limit. */
  void close(String text) {
    out.append(text);
  }

  boolean truncated() {
    return truncated;
  }

  /**
   * Adds a table row by row while rows fit, at most {@value #MAX_ROWS} of them.
   *
   * @return how many rows did not fit
   */
  int table(List<String> header, List<List<String>> rows) {
    String head = row(header) + row(header.stream().map(h -> "---").toList());
    if (!add("\n" + head)) {
      return rows.size();
    }
    int shown = Math.min(MAX_ROWS, rows.size());
    for (int i = 0; i < shown; i++) {
      if (!add(row(rows.get(i)))) {
        return rows.size() - i;
      }
    }
    return rows.size() - shown;
  }

  private static String row(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    cells.forEach(c -> b.append(' ').append(c).append(" |"));
    return b.append('\n').toString();
  }

  /**
   * A code span of an untrusted value. Markdown is not interpreted inside it, but a backtick would
   * end it and a pipe would end a table cell even there (GitHub splits cells first), so backticks
   * become quotes and pipes are escaped the one way GitHub honours inside code.
   */
  static String code(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String value = text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
    StringBuilder b = new StringBuilder(value.length() + 4).append('`');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '`' -> b.append('\'');
        case '|' -> b.append("\\|");
        case '\r', '\n', '\t' -> b.append(' ');
        default -> b.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
      }
    }
    return b.append('`').toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Escapes an untrusted value for Markdown text and table cells: no markup, no HTML, no line
   * break, no pipe that would end a cell; long values are shortened.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String value = text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
    StringBuilder b = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '|' -> b.append("&#124;");
        case '\r', '\n', '\t' -> b.append(' ');
        case '\\', '`', '*', '_', '[', ']', '#', '~' -> b.append('\\').append(c);
        // "@name" would notify a GitHub user and "a@b.org" become a mail link
        case '@' -> b.append(mention(value, i) ? "@" + NO_LINK : "@");
        default -> b.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
      }
    }
    return unlink(b.toString());
  }

  /**
   * A zero-width space, written as an entity so it can be seen in the source. Put inside
   * {@code ://}, after {@code www} and after {@code @} it keeps GitHub from turning untrusted text
   * into a link or a mention (the way Renovate and Dependabot neutralise them), while the rendered
   * text reads the same.
   */
  static final String NO_LINK = "&#8203;";

  private static final java.util.regex.Pattern WWW = java.util.regex.Pattern.compile("(?i)\\b(www)\\.");

  /**
   * Whether the {@code @} at {@code i} would start a GitHub mention: it follows nothing or a
   * character that cannot be part of a name or mail address. {@code pkg:npm/a@1.0} stays as it is.
   */
  private static boolean mention(String text, int i) {
    if (i > 0) {
      char before = text.charAt(i - 1);
      if (Character.isLetterOrDigit(before) || ".-_+".indexOf(before) >= 0) {
        return false;
      }
    }
    return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** Bare URLs ({@code https://…}, {@code www.…}) are autolinked by GitHub: break the pattern. */
  private static String unlink(String text) {
    String out = text.contains("://") ? text.replace("://", ":" + NO_LINK + "//") : text;
    return out.toLowerCase(java.util.Locale.ROOT).contains("www.") ? WWW.matcher(out).replaceAll("$1" + NO_LINK + ".") : out;
  }
}

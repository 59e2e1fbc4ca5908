package nl.autonomy.core.text;

/**
 * A parser's message about a file the user pointed at may quote the file (SnakeYAML shows the
 * offending lines, Jackson the offending token). For a file that was never meant as a policy or
 * catalog — a key file, a password list — that would print its content; so a message quotes at most
 * one line of {@value #MAX} characters, with control characters escaped.
 */
public final class Brief {

  /** The most characters of a parser's message that are shown. */
  public static final int MAX = 160;

  private Brief() {
  }

  /** The first line of {@code message}, printable and at most {@value #MAX} characters. */
  public static String of(String message) {
    if (message == null) {
      return "";
    }
    String line = message.strip();
    int nl = line.indexOf('\n');
    if (nl >= 0) {
      line = line.substring(0, nl).stripTrailing();
    }
    if (line.codePointCount(0, line.length()) > MAX) {
      line = line.substring(0, line.offsetByCodePoints(0, MAX - 1)) + "…";
    }
    return Printable.of(line);
  }
}

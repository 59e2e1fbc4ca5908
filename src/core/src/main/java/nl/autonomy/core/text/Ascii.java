package nl.autonomy.core.text;

/**
 * ASCII case folding without allocating: judging a hit runs for every match of every signal, and
 * catalog patterns are ASCII, so lower-casing whole lines there would be wasted copies.
 */
public final class Ascii {

  private Ascii() {
  }

  public static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Whether {@code text} contains {@code lowerNeedle} (given in lower case), ignoring ASCII case. */
  public static boolean containsIgnoreCase(String text, String lowerNeedle) {
    int n = lowerNeedle.length();
    if (n == 0) {
      return true;
    }
    char first = lowerNeedle.charAt(0);
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      if (lower(text.charAt(i)) == first && matchesAt(text, i, lowerNeedle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(String text, int at, String lowerNeedle) {
    for (int k = 1; k < lowerNeedle.length(); k++) {
      if (lower(text.charAt(at + k)) != lowerNeedle.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}

package nl.autonomy.core.detect.support;

import java.util.Locale;

/**
 * A catalog glob: {@code *} stands for any run of characters (also none), everything else for
 * itself, compared ignoring ASCII case ({@code *.blob.core.windows.net}, {@code azurerm_storage_*},
 * {@code *.dkr.ecr.*.amazonaws.com/*}).
 */
public final class Glob {

  private final String pattern;
  private final String lower;

  private Glob(String pattern) {
    this.pattern = pattern;
    this.lower = pattern.toLowerCase(Locale.ROOT);
  }

  public static Glob of(String pattern) {
    return new Glob(pattern);
  }

  public String pattern() {
    return pattern;
  }

  /**
   * How much the glob says: its characters other than wildcards. Of two globs that match the same
   * host, the one with more literal characters names it more precisely
   * ({@code dc.services.visualstudio.com} over {@code *.visualstudio.com}).
   */
  public int literalLength() {
    return (int) pattern.chars().filter(c -> c != '*').count();
  }

  public boolean hasWildcard() {
    return pattern.indexOf('*') >= 0;
  }

  /**
   * The longest run without a wildcard: what the matcher looks for before the glob is checked
   * against the whole token.
   */
  public String anchor() {
    String best = "";
    for (String part : pattern.split("\\*")) {
      if (part.length() > best.length()) {
        best = part;
      }
    }
    return best;
  }

  /** Whether the whole of {@code text} matches, ignoring ASCII case. */
  public boolean matches(String text) {
    String t = text;
    int p = 0;
    int s = 0;
    int star = -1;
    int mark = 0;
    while (s < t.length()) {
      if (p < lower.length() && lower.charAt(p) != '*' && lower.charAt(p) == Ascii.lower(t.charAt(s))) {
        p++;
        s++;
      } else if (p < lower.length() && lower.charAt(p) == '*') {
        star = p++;
        mark = s;
      } else if (star >= 0) {
        p = star + 1;
        s = ++mark;
      } else {
        return false;
      }
    }
    while (p < lower.length() && lower.charAt(p) == '*') {
      p++;
    }
    return p == lower.length();
  }

  @Override
  public String toString() {
    return pattern;
  }
}

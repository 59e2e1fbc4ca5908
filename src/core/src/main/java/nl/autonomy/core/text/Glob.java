package nl.autonomy.core.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one glob of Autonomy — policies (rule, subject, host and attribute globs, waiver subjects),
 * catalogs (purl patterns, namespaces, endpoint, image, Terraform and CI globs) all match with it:
 * {@code *} stands for any run of characters (also none, slashes included), {@code ?} for exactly
 * one, everything else for itself, compared ignoring case.
 *
 * <p>Patterns come from other organisations' policies and catalogs, values from scanned files, so
 * no regular expression is involved: a backtracking regex such as {@code .*a.*a.*a.*b} takes
 * exponential time on a long run of {@code a}. This matcher keeps only the last star to return to,
 * which is correct for globs and needs at most (pattern length × text length) steps; patterns are
 * at most {@value #MAX_LENGTH} characters long.
 */
public final class Glob {

  /** The longest pattern accepted; longer ones are cut there (and then match nothing real). */
  public static final int MAX_LENGTH = 1024;
  private static final int CACHE_SIZE = 4096;

  /** The patterns seen last, so a pattern used for every component is lower-cased once. Bounded. */
  private static final Map<String, Glob> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Glob> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  private final String pattern;
  private final char[] lower;

  private Glob(String pattern) {
    this.pattern = pattern;
    String bounded = pattern.length() > MAX_LENGTH ? pattern.substring(0, MAX_LENGTH) : pattern;
    this.lower = fold(bounded).toCharArray();
  }

  /** The glob for {@code pattern}, from a bounded cache. */
  public static Glob of(String pattern) {
    synchronized (CACHE) {
      Glob glob = CACHE.get(pattern);
      if (glob == null) {
        glob = new Glob(pattern);
        CACHE.put(pattern, glob);
      }
      return glob;
    }
  }

  /** Whether {@code glob} matches the whole of {@code text}; a null text matches nothing. */
  public static boolean matches(String glob, String text) {
    return text != null && of(glob).matches(text);
  }

  public String pattern() {
    return pattern;
  }

  /** Whether the whole of {@code text} matches, ignoring case. */
  public boolean matches(String text) {
    int n = text.length();
    int m = lower.length;
    int p = 0;
    int s = 0;
    int star = -1;
    int mark = 0;
    while (s < n) {
      if (p < m && lower[p] != '*' && (lower[p] == '?' || lower[p] == fold(text.charAt(s)))) {
        p++;
        s++;
      } else if (p < m && lower[p] == '*') {
        star = p++;
        mark = s;
      } else if (star >= 0) {
        p = star + 1;
        s = ++mark;
      } else {
        return false;
      }
    }
    while (p < m && lower[p] == '*') {
      p++;
    }
    return p == m;
  }

  /**
   * How much the glob says: its characters other than wildcards. Of two globs that match the same
   * text, the one with more literal characters names it more precisely
   * ({@code dc.services.visualstudio.com} over {@code *.visualstudio.com}).
   */
  public int literalLength() {
    return (int) pattern.chars().filter(c -> c != '*' && c != '?').count();
  }

  public boolean hasWildcard() {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  /** The longest run without a wildcard: what a text search looks for before the glob is checked. */
  public String anchor() {
    String best = "";
    for (String part : pattern.split("[*?]")) {
      if (part.length() > best.length()) {
        best = part;
      }
    }
    return best;
  }

  private static char fold(char c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
  }

  private static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(fold(s.charAt(i)));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return pattern;
  }
}

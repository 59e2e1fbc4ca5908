package nl.autonomy.core.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.autonomy.core.text.Glob;

/**
 * A purl glob from the catalog: {@code pkg:TYPE/NAMESPACE/NAME} without version, qualifiers or
 * subpath, where {@code *} matches any run of characters (slashes included). Matching ignores case
 * and, for PyPI, treats {@code -}, {@code _} and {@code .} alike, as the registry does (PEP 503).
 */
public final class PurlPattern {

  private static final Pattern SHAPE =
      Pattern.compile("pkg:([a-z][a-z0-9.+-]*)/(@[^\\s?#@/]+/)?[^\\s?#@/][^\\s?#@]*");

  private final String text;
  private final String type;
  private final Glob glob;
  private final int literalLength;

  private PurlPattern(String text, String type, Glob glob, int literalLength) {
    this.text = text;
    this.type = type;
    this.glob = glob;
    this.literalLength = literalLength;
  }

  /** Why {@code text} is not a valid pattern, or empty when it is one. */
  public static Optional<String> problem(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("an empty purl pattern");
    }
    if (!text.startsWith("pkg:")) {
      return Optional.of("purl pattern '" + text + "' must start with 'pkg:' (e.g. pkg:maven/com.azure/*)");
    }
    if (!SHAPE.matcher(text).matches()) {
      return Optional.of("malformed purl pattern '" + text
          + "': expected pkg:TYPE/NAMESPACE/NAME with '*' as wildcard and no version, qualifiers or spaces");
    }
    if (text.endsWith("/")) {
      return Optional.of("malformed purl pattern '" + text + "': it ends with '/', use '/*'");
    }
    return Optional.empty();
  }

  /** Compiles a pattern; throws {@link IllegalArgumentException} when {@link #problem} has one. */
  public static PurlPattern compile(String text) {
    problem(text).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
    String type = text.substring(4, text.indexOf('/')).toLowerCase(Locale.ROOT);
    String normalized = normalize(type, text.toLowerCase(Locale.ROOT));
    int literal = (int) normalized.chars().filter(c -> c != '*').count();
    return new PurlPattern(text, type, Glob.of(normalized), literal);
  }

  /**
   * Whether the package key {@code pkg:type/namespace/name} (see {@link PackageKey}) matches.
   */
  public boolean matches(String packageKey) {
    String key = packageKey.toLowerCase(Locale.ROOT);
    return key.startsWith("pkg:" + type + "/") && glob.matches(normalize(type, key));
  }

  /**
   * The package key as {@link #matchesPrepared} takes it: lower-cased and, for PyPI, normalised.
   * Prepared once per component, not once per pattern: classification tries every pattern of a
   * type against every component of a large lockfile.
   */
  static String prepare(String type, String lowerCasedKey) {
    return normalize(type, lowerCasedKey);
  }

  /**
   * As {@link #matches}, for a key already {@link #prepare}d and known to be of this pattern's
   * type (the caller grouped the patterns by type).
   */
  boolean matchesPrepared(String preparedKey) {
    return glob.matches(preparedKey);
  }

  /** The purl type this pattern is for ({@code maven}). */
  public String type() {
    return type;
  }

  /** How specific the pattern is: the more literal characters, the more specific. */
  public int specificity() {
    return literalLength;
  }

  public String text() {
    return text;
  }

  private static String normalize(String type, String lowerCased) {
    if (!type.equals("pypi")) {
      return lowerCased;
    }
    // PEP 503: runs of '.', '_' and '-' are one '-'. By hand, not String.replaceAll: this runs
    // for every Python component against every pypi pattern of the catalog, and replaceAll
    // compiled a regular expression each time (most of a 165,000-package poetry.lock's scan time)
    int slash = lowerCased.indexOf('/');
    StringBuilder out = new StringBuilder(lowerCased.length()).append(lowerCased, 0, slash + 1);
    boolean inRun = false;
    for (int i = slash + 1; i < lowerCased.length(); i++) {
      char c = lowerCased.charAt(i);
      boolean separator = c == '.' || c == '_' || c == '-';
      if (!separator) {
        out.append(c);
      } else if (!inRun) {
        out.append('-');
      }
      inRun = separator;
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}

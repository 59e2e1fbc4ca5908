package nl.autonomy.core.model;

import java.util.regex.Pattern;

/**
 * Property names in the grammar of the CycloneDX property taxonomy
 * (https://github.com/CycloneDX/cyclonedx-property-taxonomy): namespaces and names of letters,
 * digits, {@code -}, {@code _} and space, with {@code :} the only delimiter — {@code
 * autonomy:vendor:id}, not {@code autonomy:vendor.id}. docs/cyclonedx-properties.md is the
 * {@code autonomy} namespace's taxonomy.
 */
public final class PropertyNames {

  public static final String NAMESPACE = "autonomy";
  private static final Pattern GRAMMAR = Pattern.compile("[A-Za-z0-9_ -]+(:[A-Za-z0-9_ -]+)*");

  private PropertyNames() {
  }

  /** Whether a name follows the taxonomy grammar. */
  public static boolean valid(String name) {
    return name != null && GRAMMAR.matcher(name).matches();
  }

  /**
   * The current name of an {@code autonomy:} property: reports written before the taxonomy names
   * used dots ({@code autonomy:vendor.id}); read back, they get today's name ({@code
   * autonomy:vendor:id}). Other names are returned as they are.
   */
  public static String canonical(String name) {
    if (name != null && name.startsWith(NAMESPACE + ":") && name.indexOf('.') >= 0) {
      return NAMESPACE + ":" + name.substring(NAMESPACE.length() + 1).replace('.', ':');
    }
    return name;
  }

  /**
   * The name a fact is written under in an SBOM: a namespaced name in today's form; an ecosystem
   * fact the model keeps without a namespace ({@code maven.scope}, {@code helm.condition}) under
   * {@code autonomy:} ({@code autonomy:maven:scope}). Any character outside the grammar becomes
   * {@code -}, so no writer can emit a name the taxonomy does not allow.
   */
  public static String taxonomy(String name) {
    String n = canonical(name);
    if (n.indexOf(':') < 0) {
      n = NAMESPACE + ":" + n.replace('.', ':');
    }
    // by hand, not by regular expressions: this runs for every property of every component (a
    // large lockfile gives millions); the same result as replacing each code point outside the
    // grammar by "-", runs of ":" by one, then dropping a leading and a trailing ":"
    if (inGrammar(n)) {
      return n;
    }
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      char c = allowed(cp) ? (char) cp : '-';
      if (c == ':' && sb.length() > 0 && sb.charAt(sb.length() - 1) == ':') {
        continue;
      }
      sb.append(c);
    }
    int from = sb.length() > 0 && sb.charAt(0) == ':' ? 1 : 0;
    int to = sb.length() > from && sb.charAt(sb.length() - 1) == ':' ? sb.length() - 1 : sb.length();
    return sb.substring(from, to);
  }

  /** Only allowed characters, no empty segment and no leading or trailing {@code :}. */
  private static boolean inGrammar(String n) {
    if (n.isEmpty() || n.charAt(0) == ':' || n.charAt(n.length() - 1) == ':') {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!allowed(c) || (c == ':' && n.charAt(i - 1) == ':')) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '_' || c == ' ' || c == '-' || c == ':';
  }
}

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
  private static final Pattern OUTSIDE = Pattern.compile("[^A-Za-z0-9_ :-]");

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
    n = OUTSIDE.matcher(n).replaceAll("-");
    // no empty segment: "a::b" and a trailing ":" are not names
    return n.replaceAll(":{2,}", ":").replaceAll("^:|:$", "");
  }
}

package nl.autonomy.core.model;

import java.util.regex.Pattern;

/**
 * Property names in the grammar of the CycloneDX property taxonomy
 * (https://github.com/CycloneDX/cyclonedx-property-taxonomy): namespaces and names of letters,
 * digits, {@code -}, {@code _} and space, with {@code :} the only delimiter — {@code
 * autonomy:vendor:id}, not {@code autonomy:vendor.id}. docs/cyclonedx-properties.md is the
 * {@code autonomy} namespace's taxonomy.
 *
 * <p>Every {@code autonomy:} name main code reads or writes is a constant here, and only here
 * ({@code PropertyNamesSourceTest} fails on a literal elsewhere), so a name cannot be misspelt in
 * one place and the taxonomy page can be checked against one list.
 */
public final class PropertyNames {

  public static final String NAMESPACE = "autonomy";
  /** The namespace with its delimiter: every Autonomy property name starts with it. */
  public static final String PREFIX = NAMESPACE + ":";

  // components: the scan's view of a component
  public static final String DIRECT = PREFIX + "direct";
  public static final String SCOPE = PREFIX + "scope";
  public static final String OPTIONAL = PREFIX + "optional";
  public static final String TRUNCATED = PREFIX + "truncated";
  public static final String INCOMPLETE = PREFIX + "incomplete";
  /** Written from {@link ComponentRole#PROJECT}; never read as a fact of a scanned file. */
  public static final String PROJECT = PREFIX + "project";
  /** Written from {@link ComponentRole#MODULE}; never read as a fact of a scanned file. */
  public static final String MODULE = PREFIX + "module";
  public static final String RESOLVED_FOR = PREFIX + "resolved-for";
  public static final String DECLARED_RANGE = PREFIX + "declared-range";
  public static final String REGISTRY = PREFIX + "registry";
  public static final String ARCHIVE = PREFIX + "archive";
  public static final String IDENTIFIED_BY = PREFIX + "identified-by";
  public static final String SHADED_IN = PREFIX + "shaded-in";

  // deliveries: a delivered artifact's bytes against the published one
  public static final String HASH_SOURCE = PREFIX + "hash:source";
  /** {@link #HASH_SOURCE}'s value when the hashes are of the delivered bytes. */
  public static final String HASH_SOURCE_DELIVERED = "delivered";
  public static final String CHECKSUM = PREFIX + "checksum";
  public static final String CHECKSUM_SOURCE = PREFIX + "checksum:source";
  public static final String CHECKSUM_PUBLISHED = PREFIX + "checksum:published";
  public static final String CHECKSUM_REASON = PREFIX + "checksum:reason";

  // vendor, license, services
  public static final String VENDOR_ID = PREFIX + "vendor:id";
  public static final String VENDOR_BASIS = PREFIX + "vendor:basis";
  public static final String VENDOR_OWNER = PREFIX + "vendor:owner";
  public static final String VENDOR_COUNTRY = PREFIX + "vendor:country";
  public static final String VENDOR_JURISDICTION = PREFIX + "vendor:jurisdiction";
  public static final String VENDOR_SOURCE = PREFIX + "vendor:source";
  public static final String LICENSE_CATEGORY = PREFIX + "license:category";
  public static final String LICENSE_BASIS = PREFIX + "license:basis";
  public static final String LICENSE_SOURCE = PREFIX + "license:source";
  public static final String SERVICE_ID = PREFIX + "service:id";
  public static final String SERVICE_CATEGORY = PREFIX + "service:category";
  public static final String LOCK_IN_LEVEL = PREFIX + "lock-in:level";
  public static final String ALTERNATIVES = PREFIX + "alternatives";
  public static final String STANDARD = PREFIX + "standard";
  public static final String OCCURRENCE = PREFIX + "occurrence";

  // metadata: what was scanned, and what could not be read
  /** On metadata: what was scanned; on a component: {@link #SOURCE_SUPPLIER_SBOM}. */
  public static final String SOURCE = PREFIX + "source";
  /** {@link #SOURCE}'s value on a component listed in a supplier's SBOM. */
  public static final String SOURCE_SUPPLIER_SBOM = "supplier-sbom";
  public static final String SOURCE_KIND = PREFIX + "source:kind";
  public static final String SOURCE_SHA256 = PREFIX + "source:sha256";
  public static final String GIT_REMOTE = PREFIX + "git:remote";
  public static final String GIT_COMMIT = PREFIX + "git:commit";
  public static final String GIT_BRANCH = PREFIX + "git:branch";
  public static final String COMPLETE = PREFIX + "complete";
  public static final String PROBLEM = PREFIX + "problem";
  /** Followed by the kind of shared source: {@code autonomy:shared:catalog}, {@code autonomy:shared:policy}. */
  public static final String SHARED_PREFIX = PREFIX + "shared:";

  // container images
  public static final String IMAGE_LAYER = PREFIX + "image:layer";
  public static final String IMAGE_CONFIG = PREFIX + "image:config";
  public static final String IMAGE_TAGS = PREFIX + "image:tags";
  public static final String IMAGE_OS = PREFIX + "image:os";
  public static final String IMAGE_ARCHITECTURE = PREFIX + "image:architecture";
  public static final String IMAGE_CREATED = PREFIX + "image:created";
  public static final String IMAGE_LAYERS = PREFIX + "image:layers";
  public static final String IMAGE_SOURCE = PREFIX + "image:source";
  public static final String IMAGE_REVISION = PREFIX + "image:revision";
  public static final String IMAGE_VERSION = PREFIX + "image:version";
  public static final String IMAGE_TITLE = PREFIX + "image:title";
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
    if (name != null && name.startsWith(PREFIX) && name.indexOf('.') >= 0) {
      return PREFIX + name.substring(PREFIX.length()).replace('.', ':');
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
      n = PREFIX + n.replace('.', ':');
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

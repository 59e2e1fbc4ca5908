package nl.autonomy.core.quality;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.autonomy.core.classify.SpdxLicenseList;

/** Whether a field's value has the form the standards ask for. Shared by every format's reader. */
public final class FieldChecks {

  private static final Pattern SHA512 = Pattern.compile("[0-9a-fA-F]{128}");
  private static final Pattern TOKEN = Pattern.compile("[()]|\\s+");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH");

  /**
   * The values of BSI's CycloneDX property taxonomy (TR-03183 property taxonomy v0.1.0,
   * github.com/BSI-Bund/tr-03183-cyclonedx-property-taxonomy).
   */
  private static final Map<String, Set<String>> BSI_VALUES = Map.of(
      "bsi:component:executable", Set.of("executable", "non-executable"),
      "bsi:component:archive", Set.of("archive", "no archive"),
      "bsi:component:structured", Set.of("structured", "unstructured"));

  private FieldChecks() {
  }

  /** A SHA-512 value: 128 hex digits. */
  public static Presence sha512(String hex) {
    if (hex == null || hex.isBlank()) {
      return Presence.ABSENT;
    }
    return SHA512.matcher(hex.strip()).matches() ? Presence.PRESENT : Presence.MALFORMED;
  }

  /**
   * An SPDX license id or expression whose ids are on the SPDX license list ({@code LicenseRef-}
   * and {@code DocumentRef-} references count as well-formed); {@code NOASSERTION} and {@code NONE}
   * state nothing.
   */
  public static Presence spdxExpression(String expression) {
    if (expression == null || expression.isBlank()) {
      return Presence.ABSENT;
    }
    String e = expression.strip();
    if (e.equals("NOASSERTION") || e.equals("NONE")) {
      return Presence.ABSENT;
    }
    SpdxLicenseList list = SpdxLicenseList.shipped();
    boolean afterWith = false;
    for (String token : TOKEN.split(e.replace("(", " ( ").replace(")", " ) "))) {
      if (token.isEmpty() || token.equals("(") || token.equals(")")) {
        continue;
      }
      String upper = token.toUpperCase(Locale.ROOT);
      if (OPERATORS.contains(upper)) {
        afterWith = upper.equals("WITH");
        continue;
      }
      String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
      boolean ok = afterWith || id.startsWith("LicenseRef-") || id.startsWith("DocumentRef-") || list.isId(id);
      afterWith = false;
      if (!ok) {
        return Presence.MALFORMED;
      }
    }
    return Presence.PRESENT;
  }

  /** A BSI taxonomy property: present with one of its values, malformed with another. */
  public static Presence bsiProperty(String name, String value) {
    if (value == null || value.isBlank()) {
      return Presence.ABSENT;
    }
    Set<String> allowed = BSI_VALUES.get(name);
    return allowed == null || allowed.contains(value.strip()) ? Presence.PRESENT : Presence.MALFORMED;
  }

  /** An e-mail address (something@host) or an absolute http(s) URL. */
  public static boolean contact(String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    String v = value.strip();
    return v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || v.matches("(?i)https?://\\S+");
  }

  /** CycloneDX 1.6 or later: BSI TR-03183-2 v2.1 §4. */
  public static Presence cycloneDxVersion(String specVersion) {
    if (specVersion == null) {
      return Presence.ABSENT;
    }
    return compare(specVersion, "1.6") >= 0 ? Presence.PRESENT : Presence.MALFORMED;
  }

  /** SPDX 3.0.1 or later: BSI TR-03183-2 v2.1 §4. */
  public static Presence spdxVersion(String specVersion) {
    if (specVersion == null) {
      return Presence.ABSENT;
    }
    return compare(specVersion.replaceFirst("^SPDX-", ""), "3.0.1") >= 0 ? Presence.PRESENT : Presence.MALFORMED;
  }

  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? parse(x[i]) : 0;
      int q = i < y.length ? parse(y[i]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s.replaceAll("\\D.*$", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

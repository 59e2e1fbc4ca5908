package nl.autonomy.core.detect.image;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The distribution an image is built on, from {@code /etc/os-release} (or {@code
 * /usr/lib/os-release}): {@code ID} and {@code VERSION_ID} make the purl's {@code distro}
 * qualifier, e.g. {@code debian-12}, and the namespace of its OS packages.
 *
 * @param id {@code debian}, {@code ubuntu}, {@code alpine}, {@code fedora}…, or null when unknown
 * @param versionId {@code 12}, {@code 3.20.3}…, or null
 * @param prettyName as the distribution names itself, or null
 */
record OsRelease(String id, String versionId, String prettyName) {

  static final OsRelease UNKNOWN = new OsRelease(null, null, null);

  static OsRelease parse(String text) {
    Map<String, String> values = new HashMap<>();
    for (String line : text.split("\r?\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("#")) {
        String v = line.substring(eq + 1).strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
          v = v.substring(1, v.length() - 1);
        }
        values.put(line.substring(0, eq).strip(), v);
      }
    }
    String id = values.get("ID");
    return new OsRelease(id == null || id.isBlank() ? null : id.toLowerCase(Locale.ROOT),
        blank(values.get("VERSION_ID")), blank(values.get("PRETTY_NAME")));
  }

  /** {@code debian-12}, or null when the distribution is not known. */
  String distro() {
    return id == null ? null : versionId == null ? id : id + "-" + versionId;
  }

  /** The purl namespace of the distribution's packages, or {@code fallback} when it is not known. */
  String namespace(String fallback) {
    return id == null ? fallback : id;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

package nl.autonomy.core.detect.dotnet;

import java.util.regex.Pattern;

/**
 * NuGet version strings: {@code 1.2.3} (a minimum NuGet resolves to exactly that when it exists),
 * {@code [1.2.3]} (exact), ranges and floating versions (not a single version).
 */
final class NuGetVersions {

  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+){0,3}(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  private NuGetVersions() {
  }

  /** The single version a declaration pins, or null for ranges, floating versions and blanks. */
  static String pinned(String declared) {
    if (declared == null) {
      return null;
    }
    String v = declared.trim();
    if (v.startsWith("[") && v.endsWith("]") && !v.contains(",")) {
      v = v.substring(1, v.length() - 1).trim();
    }
    return PLAIN.matcher(v).matches() ? v : null;
  }
}

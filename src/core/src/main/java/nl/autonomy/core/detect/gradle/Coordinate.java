package nl.autonomy.core.detect.gradle;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/**
 * A Maven coordinate as Gradle writes it, {@code group:name[:version[:classifier]][@extension]};
 * {@code version} is null when the build leaves it to a platform, a plugin or a catalog.
 */
record Coordinate(String group, String name, String version) {

  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-+\\[\\](),]+");

  static Optional<Coordinate> parse(String notation) {
    String s = notation.trim();
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    String[] parts = s.split(":", -1);
    if (parts.length < 2 || parts.length > 4) {
      return Optional.empty();
    }
    for (int i = 0; i < Math.min(parts.length, 3); i++) {
      if (!PART.matcher(parts[i]).matches() && !(i == 2 && parts[i].isEmpty())) {
        return Optional.empty();
      }
    }
    String version = parts.length >= 3 && !parts[2].isEmpty() ? parts[2] : null;
    return Optional.of(new Coordinate(parts[0], parts[1], version));
  }

  /** {@code group:name}, the key declarations and lock entries are matched on. */
  String key() {
    return group + ":" + name;
  }

  /** A single version, or null for ranges, dynamic versions ({@code 1.+}, {@code latest.release}). */
  String pinnedVersion() {
    if (version == null || version.contains("+") || version.contains("[") || version.contains("(")
        || version.contains(",") || version.startsWith("latest.")) {
      return null;
    }
    return version;
  }

  Component.Builder component() {
    String v = pinnedVersion();
    String purl = PurlFactory.create(Ecosystem.MAVEN.purlType(), group, name, v, null);
    return PackageSighting.component(Ecosystem.MAVEN, purl, group, name, v);
  }
}

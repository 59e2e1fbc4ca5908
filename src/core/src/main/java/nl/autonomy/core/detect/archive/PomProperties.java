package nl.autonomy.core.detect.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The {@code META-INF/maven/GROUP/ARTIFACT/pom.properties} Maven writes into every artifact it
 * builds: the exact coordinates of what was built. A shaded jar carries one per artifact merged in.
 *
 * @param groupId Maven groupId
 * @param artifactId Maven artifactId
 * @param version version
 * @param entry the entry it was read from, inside its archive
 */
record PomProperties(String groupId, String artifactId, String version, String entry) {

  /** Only at the archive's own root: a pom.properties deeper down belongs to something else. */
  static final Pattern ENTRY = Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");
  /** pom.properties are a few hundred bytes; a larger one is not what Maven wrote. */
  static final int MAX_BYTES = 64 * 1024;

  static boolean isEntry(String name) {
    return ENTRY.matcher(name).matches();
  }

  static Optional<PomProperties> parse(byte[] bytes, String entry) throws IOException {
    Properties p = new Properties();
    p.load(new ByteArrayInputStream(bytes));
    String g = trim(p.getProperty("groupId"));
    String a = trim(p.getProperty("artifactId"));
    String v = trim(p.getProperty("version"));
    if (g == null || a == null || v == null) {
      return Optional.empty();
    }
    return Optional.of(new PomProperties(g, a, v, entry));
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  MavenCoordinates coordinates(String classifier, String extension) {
    return new MavenCoordinates(groupId, artifactId, version, classifier, extension);
  }

  /** Whether a file is named as Maven names this artifact: {@code artifactId-version[-classifier].ext}. */
  boolean namesFile(String fileName) {
    return fileName.startsWith(artifactId + "-" + version + ".") || fileName.startsWith(artifactId + "-" + version + "-");
  }

  /** The classifier a file name adds to these coordinates, or null. */
  String classifierIn(String fileName) {
    String prefix = artifactId + "-" + version + "-";
    if (!fileName.startsWith(prefix)) {
      return null;
    }
    int dot = fileName.lastIndexOf('.');
    return dot > prefix.length() ? fileName.substring(prefix.length(), dot) : null;
  }
}

package nl.autonomy.core.detect.maven;

import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.detect.support.PurlFactory;

/**
 * Maven package URLs, the one spelling of the standalone resolver and the Maven plugin:
 * {@code pkg:maven/group/artifact@version}, with the {@code classifier} and {@code type} (the file
 * extension) qualifiers only where the artifact is not a plain jar, as the purl specification and
 * CycloneDX's Maven plugin do.
 */
public final class MavenPurls {

  private MavenPurls() {
  }

  /**
   * @param classifier the classifier, or null/empty for none
   * @param extension the file type ({@code jar}, {@code pom}, {@code war}); null or empty means jar
   * @throws IllegalArgumentException when the coordinates make no valid purl
   */
  public static String of(String groupId, String artifactId, String version, String classifier, String extension) {
    Map<String, String> qualifiers = new TreeMap<>();
    if (extension != null && !extension.isEmpty() && !extension.equals("jar")) {
      qualifiers.put("type", extension);
    }
    if (classifier != null && !classifier.isEmpty()) {
      qualifiers.put("classifier", classifier);
    }
    return PurlFactory.create("maven", groupId, artifactId, version, qualifiers);
  }

  /** The purl of a node of a resolved graph. */
  public static String of(MavenGraphNode node) {
    return of(node.groupId(), node.artifactId(), node.version(), node.classifier(), node.extension());
  }

  /** The file type a project's packaging produces: {@code maven-plugin}, {@code bundle} and friends ship a jar. */
  public static String extensionOf(String packaging) {
    return switch (packaging == null ? "jar" : packaging) {
      case "pom", "war", "ear", "rar" -> packaging;
      default -> "jar";
    };
  }
}

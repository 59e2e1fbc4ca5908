package nl.autonomy.maven;

import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.detect.support.PurlFactory;
import org.eclipse.aether.artifact.Artifact;

/**
 * Package URLs for Maven artifacts, spelled the way the standalone resolver spells them so that a
 * plugin scan and a CLI scan name every component the same: {@code pkg:maven/g/a@v}, with
 * {@code type} and {@code classifier} qualifiers only when the artifact is not a plain jar.
 */
final class MavenPurls {

  private MavenPurls() {
  }

  static String of(Artifact artifact) {
    return of(artifact.getGroupId(), artifact.getArtifactId(), artifact.getVersion(),
        artifact.getExtension(), artifact.getClassifier());
  }

  /**
   * @param extension the file type ({@code jar}, {@code pom}, {@code war}); null means jar
   * @param classifier the classifier, or null/empty for none
   */
  static String of(String groupId, String artifactId, String version, String extension, String classifier) {
    Map<String, String> qualifiers = new TreeMap<>();
    if (extension != null && !extension.isEmpty() && !extension.equals("jar")) {
      qualifiers.put("type", extension);
    }
    if (classifier != null && !classifier.isEmpty()) {
      qualifiers.put("classifier", classifier);
    }
    return PurlFactory.create("maven", groupId, artifactId, version, qualifiers);
  }

  /** The file type a project's packaging produces: {@code maven-plugin} and friends ship a jar. */
  static String extensionOf(String packaging) {
    return switch (packaging == null ? "jar" : packaging) {
      case "pom", "war", "ear", "rar" -> packaging;
      default -> "jar";
    };
  }
}

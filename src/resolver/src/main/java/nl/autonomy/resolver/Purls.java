package nl.autonomy.resolver;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import com.github.packageurl.PackageURLBuilder;
import org.eclipse.aether.artifact.Artifact;

/**
 * Maven package URLs, {@code pkg:maven/group/artifact@version}, with the {@code classifier} and
 * {@code type} (the file extension) qualifiers only where the artifact is not a plain jar, as the
 * purl specification and CycloneDX's Maven plugin do.
 */
final class Purls {

  private Purls() {
  }

  static String of(Artifact a) {
    return of(a.getGroupId(), a.getArtifactId(), a.getVersion(), a.getClassifier(), a.getExtension());
  }

  static String of(String group, String artifact, String version, String classifier, String extension) {
    try {
      PackageURLBuilder b = PackageURLBuilder.aPackageURL().withType("maven")
          .withNamespace(group).withName(artifact).withVersion(version);
      if (classifier != null && !classifier.isEmpty()) {
        b.withQualifier("classifier", classifier);
      }
      if (extension != null && !extension.isEmpty() && !"jar".equals(extension)) {
        b.withQualifier("type", extension);
      }
      return b.build().canonicalize();
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("not a valid Maven coordinate: " + group + ":" + artifact + ":" + version, e);
    }
  }

  /** The Maven coordinates a {@code pkg:maven} purl names. */
  static PackageURL parse(String purl) {
    try {
      PackageURL p = new PackageURL(purl);
      if (!"maven".equals(p.getType())) {
        throw new IllegalArgumentException("not a Maven purl: " + purl);
      }
      return p;
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("not a valid purl: " + purl, e);
    }
  }
}

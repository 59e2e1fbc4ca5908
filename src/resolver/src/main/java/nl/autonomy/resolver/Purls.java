package nl.autonomy.resolver;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import nl.autonomy.core.detect.maven.MavenPurls;
import org.eclipse.aether.artifact.Artifact;

/** Resolver artifacts to and from Maven package URLs, spelled by core's {@link MavenPurls}. */
final class Purls {

  private Purls() {
  }

  static String of(Artifact a) {
    return MavenPurls.of(a.getGroupId(), a.getArtifactId(), a.getVersion(), a.getClassifier(), a.getExtension());
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

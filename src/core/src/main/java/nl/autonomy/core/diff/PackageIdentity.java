package nl.autonomy.core.diff;

import com.github.packageurl.PackageURL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.catalog.PackageKey;
import nl.autonomy.core.model.Component;

/**
 * A package without its version: what stays the same when a component is upgraded. The purl's
 * type, namespace and name ({@link PackageKey}), plus the Maven {@code classifier} and a
 * {@code type} other than {@code jar}, which name another artifact of the same package
 * ({@code netty-transport-native-epoll:linux-x86_64} is not {@code netty-transport-native-epoll}).
 * Components without a purl are named by ecosystem, group and name.
 */
public final class PackageIdentity {

  private PackageIdentity() {
  }

  public static String of(Component c) {
    Optional<PackageURL> purl = PackageKey.parse(c.purl());
    if (purl.isEmpty()) {
      return c.ecosystem().purlType() + ":" + c.coordinates().toLowerCase(Locale.ROOT);
    }
    return of(purl.get());
  }

  /** The identity of a bom-ref that is a purl; any other ref (a service id, a path) is its own identity. */
  public static String ofRef(String ref) {
    return PackageKey.parse(ref).map(PackageIdentity::of).orElse(ref);
  }

  private static String of(PackageURL p) {
    StringBuilder key = new StringBuilder(PackageKey.of(p));
    Map<String, String> q = p.getQualifiers();
    if (q != null) {
      String classifier = q.get("classifier");
      String type = q.get("type");
      String sep = "?";
      if (classifier != null && !classifier.isEmpty()) {
        key.append(sep).append("classifier=").append(classifier);
        sep = "&";
      }
      if (type != null && !type.isEmpty() && !type.equals("jar")) {
        key.append(sep).append("type=").append(type);
      }
    }
    return key.toString();
  }
}

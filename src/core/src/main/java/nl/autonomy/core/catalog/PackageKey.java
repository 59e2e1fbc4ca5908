package nl.autonomy.core.catalog;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a purl that catalog patterns match: {@code pkg:type/namespace/name}, decoded, without
 * version, qualifiers or subpath ({@code pkg:npm/@azure/storage-blob}).
 */
public final class PackageKey {

  private PackageKey() {
  }

  /** The key of a purl, or empty when it is not a valid purl. */
  public static Optional<String> of(String purl) {
    return parse(purl).map(PackageKey::of);
  }

  public static String of(PackageURL p) {
    String ns = p.getNamespace();
    return "pkg:" + p.getType() + "/" + (ns == null || ns.isEmpty() ? "" : ns + "/") + p.getName();
  }

  /** Whether the purl names only a POM or BOM (qualifier {@code type=pom}): no artifact, no use. */
  public static boolean isPomOnly(String purl) {
    return parse(purl).map(p -> {
      Map<String, String> q = p.getQualifiers();
      return q != null && "pom".equals(q.get("type"));
    }).orElse(false);
  }

  public static Optional<PackageURL> parse(String purl) {
    if (purl == null || purl.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PackageURL(purl));
    } catch (MalformedPackageURLException e) {
      return Optional.empty();
    }
  }
}

package nl.autonomy.core.classify;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.List;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Organization;

/** Builds components the way detectors do, from a purl and what the package declares. */
final class TestComponents {

  private TestComponents() {
  }

  static Component of(String purl, List<String> declared, Organization organization) {
    PackageURL p;
    try {
      p = new PackageURL(purl);
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException(purl, e);
    }
    Ecosystem ecosystem = Ecosystem.fromPurlType(p.getType()).orElse(Ecosystem.GENERIC);
    String group = p.getNamespace() == null ? null : p.getNamespace().replaceFirst("^@", "");
    Component.Builder b = Component.builder(p.canonicalize(), ecosystem, p.getName())
        .purl(p.canonicalize()).group(group).version(p.getVersion()).organization(organization);
    if (declared != null) {
      declared.forEach(d -> b.declaredLicense(new DeclaredLicense(null, d, null)));
    }
    return b.build();
  }
}

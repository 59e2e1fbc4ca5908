package nl.autonomy.core.detect.golang;

import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/** {@code pkg:golang/<module path minus last segment>/<last segment>@<version>}. */
final class GoPurls {

  private GoPurls() {
  }

  static Component.Builder component(String modulePath, String version) {
    int slash = modulePath.lastIndexOf('/');
    String namespace = slash < 0 ? null : modulePath.substring(0, slash);
    String name = modulePath.substring(slash + 1);
    String purl = PurlFactory.create(Ecosystem.GOLANG.purlType(), namespace, name, version, null);
    return PackageSighting.component(Ecosystem.GOLANG, purl, namespace, name, version);
  }
}

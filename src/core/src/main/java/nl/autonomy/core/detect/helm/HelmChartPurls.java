package nl.autonomy.core.detect.helm;

import java.util.Map;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/**
 * Helm charts have no registered purl type, so they are {@code pkg:generic/<name>@<version>} with
 * the chart repository (an {@code https://} index, an {@code oci://} registry or a
 * {@code file://} path) in the {@code repository_url} qualifier; the component's ecosystem is
 * {@link Ecosystem#HELM}. Two charts of the same name from different repositories stay apart.
 */
final class HelmChartPurls {

  private HelmChartPurls() {
  }

  static Component.Builder chart(String name, String version, String repository) {
    Map<String, String> qualifiers = repository == null || repository.isBlank() ? null
        : Map.of("repository_url", repository.trim());
    String purl = PurlFactory.create(Ecosystem.GENERIC.purlType(), null, name, version, qualifiers);
    return PackageSighting.component(Ecosystem.HELM, purl, null, name, version)
        .property("helm.repository", repository);
  }
}

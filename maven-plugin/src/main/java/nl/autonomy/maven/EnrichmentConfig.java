package nl.autonomy.maven;

import java.io.File;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.enrich.EnrichOptions;
import nl.autonomy.core.enrich.ProxySettings;
import nl.autonomy.core.enrich.RegistryEndpoints;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;

/**
 * The enrichment stage as the build configures it: Maven's offline mode ({@code -o}) means the
 * registry cache only, and the build's active proxy from {@code settings.xml} is used unless the
 * environment names one (the same order as the CLI).
 */
final class EnrichmentConfig {

  private EnrichmentConfig() {
  }

  static EnrichOptions of(boolean enrich, boolean offline, File cacheDirectory, List<String> registries,
      Settings settings, Map<String, String> env) throws MojoExecutionException {
    RegistryEndpoints endpoints = RegistryEndpoints.defaults();
    for (String r : registries == null ? List.<String>of() : registries) {
      try {
        endpoints = endpoints.with(r);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("autonomy.registries: " + r + ": " + e.getMessage(), e);
      }
    }
    ProxySettings proxy = ProxySettings.fromEnvironment(env);
    if (proxy.https() == null && proxy.http() == null && settings != null && settings.getActiveProxy() != null) {
      Proxy p = settings.getActiveProxy();
      ProxySettings.Endpoint e = new ProxySettings.Endpoint(p.getHost(), p.getPort(), p.getUsername(), p.getPassword());
      String non = p.getNonProxyHosts() == null ? "" : p.getNonProxyHosts();
      proxy = new ProxySettings(e, e, List.of(non.split("[|,]")));
    }
    EnrichOptions o = EnrichOptions.defaults().withEnabled(enrich).withOffline(offline).withEndpoints(endpoints)
        .withProxy(proxy);
    return cacheDirectory == null ? o : o.withCacheDir(cacheDirectory.toPath().toAbsolutePath());
  }
}

package nl.autonomy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.enrich.EnrichOptions;
import nl.autonomy.core.enrich.ProxySettings;
import nl.autonomy.core.enrich.RegistryEndpoints;
import picocli.CommandLine.Option;

/** The scan options of the enrichment stage (docs/enrichment.md). */
final class EnrichmentOptions {

  @Option(names = "--no-enrich",
      description = "Do not look up missing licenses and suppliers in the package registries.")
  boolean noEnrich;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where registry answers are kept (default: $XDG_CACHE_HOME/autonomy or ~/.cache/autonomy).")
  Path cacheDir;

  @Option(names = "--registry", paramLabel = "ID=URL",
      description = "Use this registry or mirror instead of the public one (repeatable), e.g. "
          + "npm=https://nexus.example/repository/npm; ids: npm, pypi, nuget, crates, rubygems, packagist, go, maven, "
          + "oci:<host>.")
  List<String> registries = new ArrayList<>();

  /**
   * The enrichment of this scan: off with {@code --no-enrich}, cache only with {@code --offline},
   * proxies from the environment, else from the Maven settings the scan uses.
   */
  EnrichOptions toOptions(boolean offline, Path settings, Map<String, String> env) {
    RegistryEndpoints endpoints = RegistryEndpoints.defaults();
    for (String r : registries) {
      try {
        endpoints = endpoints.with(r);
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCodes.USAGE, "--registry " + r + ": " + e.getMessage(), e);
      }
    }
    Path settingsXml = settings != null ? settings : Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
    EnrichOptions o = EnrichOptions.defaults().withEnabled(!noEnrich).withOffline(offline).withEndpoints(endpoints)
        .withProxy(ProxySettings.of(env, settingsXml));
    return cacheDir == null ? o : o.withCacheDir(cacheDir.toAbsolutePath());
  }
}

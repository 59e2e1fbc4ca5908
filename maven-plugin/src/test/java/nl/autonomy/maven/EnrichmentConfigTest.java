package nl.autonomy.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.enrich.EnrichOptions;
import nl.autonomy.core.enrich.ProxySettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

/** The plugin's enrichment follows the build: offline mode, the active proxy, the parameters. */
class EnrichmentConfigTest {

  private static Settings withProxy() {
    Proxy p = new Proxy();
    p.setId("corp");
    p.setActive(true);
    p.setHost("proxy.corp.example");
    p.setPort(3128);
    p.setNonProxyHosts("*.corp.example|localhost");
    Settings s = new Settings();
    s.addProxy(p);
    return s;
  }

  @Test
  void mavenOfflineModeKeepsEnrichmentToTheCache() throws Exception {
    EnrichOptions o = EnrichmentConfig.of(true, true, null, List.of(), new Settings(), Map.of());

    assertThat(o.enabled()).isTrue();
    assertThat(o.offline()).isTrue();
  }

  @Test
  void theBuildsActiveProxyIsUsedUnlessTheEnvironmentNamesOne() throws Exception {
    EnrichOptions o = EnrichmentConfig.of(true, false, new File("target/cache"), List.of("npm=https://nexus.corp.example/npm"),
        withProxy(), Map.of());

    assertThat(o.proxy().https()).isEqualTo(new ProxySettings.Endpoint("proxy.corp.example", 3128, null, null));
    assertThat(o.proxy().bypasses("nexus.corp.example")).isTrue();
    assertThat(o.endpoints().base("npm")).isEqualTo("https://nexus.corp.example/npm");
    assertThat(o.cacheDir()).isAbsolute();
    assertThat(o.cacheDir().toString()).endsWith("target" + File.separator + "cache");

    EnrichOptions env = EnrichmentConfig.of(true, false, null, List.of(), withProxy(),
        Map.of("HTTPS_PROXY", "http://env-proxy.example:8080"));
    assertThat(env.proxy().https().host()).isEqualTo("env-proxy.example");
  }

  @Test
  void offAndBadRegistriesAreSaid() throws Exception {
    assertThat(EnrichmentConfig.of(false, false, null, null, null, Map.of()).enabled()).isFalse();
    assertThatThrownBy(() -> EnrichmentConfig.of(true, false, null, List.of("npm"), null, Map.of()))
        .isInstanceOf(MojoExecutionException.class).hasMessageContaining("autonomy.registries: npm");
  }
}

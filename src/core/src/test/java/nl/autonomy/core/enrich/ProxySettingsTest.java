package nl.autonomy.core.enrich;

import static nl.autonomy.core.enrich.EnrichmentFixtures.component;
import static nl.autonomy.core.enrich.EnrichmentFixtures.inventory;
import static nl.autonomy.core.enrich.EnrichmentFixtures.named;
import static nl.autonomy.core.enrich.EnrichmentFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Inventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proxies from the environment and from settings.xml, and a lookup that really goes through one. */
class ProxySettingsTest {

  @TempDir
  Path temp;

  @Test
  void theEnvironmentNamesProxiesPerSchemeWithCredentialsAndExceptions() {
    ProxySettings p = ProxySettings.fromEnvironment(Map.of(
        "HTTPS_PROXY", "http://alice:s3cret@proxy.gemeente.example:3128",
        "http_proxy", "plain.example:8080",
        "NO_PROXY", "localhost, .intern.example,*.mirror.example,registry.local:8081"));

    assertThat(p.https()).isEqualTo(new ProxySettings.Endpoint("proxy.gemeente.example", 3128, "alice", "s3cret"));
    assertThat(p.https().toString()).doesNotContain("s3cret");
    assertThat(p.http()).isEqualTo(new ProxySettings.Endpoint("plain.example", 8080, null, null));
    assertThat(p.bypasses("localhost")).isTrue();
    assertThat(p.bypasses("nexus.intern.example")).isTrue();
    assertThat(p.bypasses("intern.example")).isTrue();
    assertThat(p.bypasses("npm.mirror.example")).isTrue();
    assertThat(p.bypasses("registry.local")).isTrue();
    assertThat(p.bypasses("registry.npmjs.org")).isFalse();
    assertThat(p.selector().select(URI.create("https://registry.npmjs.org/lodash"))).singleElement()
        .satisfies(proxy -> assertThat(proxy.type()).isEqualTo(Proxy.Type.HTTP));
    assertThat(p.selector().select(URI.create("https://nexus.intern.example/x"))).containsExactly(Proxy.NO_PROXY);
    assertThat(p.authenticator()).isPresent();
  }

  @Test
  void settingsXmlGivesItsFirstActiveProxyForBothSchemes() throws Exception {
    Path settings = temp.resolve("settings.xml");
    Files.writeString(settings, """
        <settings>
          <proxies>
            <proxy><id>old</id><active>false</active><host>old.example</host><port>1</port></proxy>
            <proxy>
              <id>corp</id><protocol>http</protocol><host>proxy.corp.example</host><port>8080</port>
              <username>bob</username><password>pw</password>
              <nonProxyHosts>*.corp.example|localhost</nonProxyHosts>
            </proxy>
          </proxies>
        </settings>
        """);

    ProxySettings p = ProxySettings.of(Map.of(), settings);

    assertThat(p.https()).isEqualTo(new ProxySettings.Endpoint("proxy.corp.example", 8080, "bob", "pw"));
    assertThat(p.http()).isEqualTo(p.https());
    assertThat(p.bypasses("nexus.corp.example")).isTrue();
    assertThat(p.bypasses("localhost")).isTrue();
    // the environment wins over settings.xml, as for curl and npm
    assertThat(ProxySettings.of(Map.of("HTTPS_PROXY", "env.example:1"), settings).https().host()).isEqualTo("env.example");
    assertThat(ProxySettings.of(Map.of(), temp.resolve("absent.xml"))).isEqualTo(ProxySettings.none());
  }

  @Test
  void aLookupGoesThroughTheProxyUnlessTheHostIsExcepted() {
    try (FixtureRegistry proxy = new FixtureRegistry().json("/lodash/4.17.21", "npm/lodash-4.17.21.json")) {
      int port = URI.create(proxy.base()).getPort();
      ProxySettings.Endpoint endpoint = new ProxySettings.Endpoint("127.0.0.1", port, null, null);
      EnrichOptions o = options(proxy, temp.resolve("cache"))
          .withEndpoints(RegistryEndpoints.defaults().with("npm=http://registry.npm.invalid"))
          .withProxy(new ProxySettings(null, endpoint, List.of()));

      Inventory out = new Enricher(o).apply(inventory(List.of(component(Ecosystem.NPM, null, "lodash", "4.17.21"))),
          ProgressListener.NONE);

      assertThat(named(out, "lodash").declaredLicenses()).isNotEmpty();
      assertThat(proxy.log()).containsExactly("/lodash/4.17.21");

      EnrichOptions excepted = o.withCacheDir(temp.resolve("cache2"))
          .withProxy(new ProxySettings(null, endpoint, List.of("npm.invalid")));
      Inventory direct = new Enricher(excepted).apply(
          inventory(List.of(component(Ecosystem.NPM, null, "lodash", "4.17.21"))), ProgressListener.NONE);
      assertThat(named(direct, "lodash").declaredLicenses()).isEmpty();
      assertThat(direct.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("could not be reached"));
      assertThat(proxy.log()).hasSize(1);
    }
  }
}

package nl.autonomy.core.enrich;

import static nl.autonomy.core.enrich.EnrichmentFixtures.component;
import static nl.autonomy.core.enrich.EnrichmentFixtures.inventory;
import static nl.autonomy.core.enrich.EnrichmentFixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.FactSources;
import nl.autonomy.core.model.Inventory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real lookups against the npm registry and Maven Central, the two registries this build can
 * reach. Tagged {@code network} (leave them out with {@code -DexcludedGroups=network}); without a
 * connection they are reported as skipped, never as passed.
 */
@Tag("network")
class RealRegistriesTest {

  @TempDir
  Path cache;

  private static void assumeReachable(String url) {
    boolean reachable;
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
          .proxy(ProxySettings.fromEnvironment(System.getenv()).selector()).build();
      int status = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
      reachable = status < 500;
    } catch (java.io.IOException e) {
      reachable = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reachable = false;
    }
    assumeTrue(reachable, url + " is not reachable from here: the real lookup is skipped");
  }

  private Inventory enrich(Component... components) {
    EnrichOptions o = EnrichOptions.defaults().withCacheDir(cache);
    return new Enricher(o).apply(inventory(List.of(components)), ProgressListener.NONE);
  }

  @Test
  void theNpmRegistryGivesLicensesAndAuthorsOfRealPackages() {
    assumeReachable("https://registry.npmjs.org/");

    Inventory out = enrich(component(Ecosystem.NPM, null, "lodash", "4.17.21"),
        component(Ecosystem.NPM, "babel", "core", "7.24.0"), component(Ecosystem.NPM, null, "express", "4.19.2"));

    assertThat(out.problems()).isEmpty();
    assertThat(named(out, "lodash").declaredLicenses()).extracting(DeclaredLicense::name).containsExactly("MIT");
    assertThat(named(out, "lodash").properties())
        .containsEntry(FactSources.LICENSE, "https://registry.npmjs.org/lodash/4.17.21");
    assertThat(named(out, "core").organization().name()).isEqualTo("The Babel Team");
    assertThat(named(out, "express").declaredLicenses()).extracting(DeclaredLicense::name).containsExactly("MIT");
  }

  @Test
  void mavenCentralGivesTheLicenseAJarInheritsFromItsParentPom() {
    assumeReachable("https://repo1.maven.org/maven2/");

    Inventory out = enrich(component(Ecosystem.MAVEN, "com.google.guava", "failureaccess", "1.0.1"),
        component(Ecosystem.MAVEN, "org.example.never", "published", "1.0.0"));

    assertThat(out.problems()).isEmpty();
    Component jar = named(out, "failureaccess");
    assertThat(jar.declaredLicenses()).extracting(DeclaredLicense::url)
        .containsExactly("http://www.apache.org/licenses/LICENSE-2.0.txt");
    assertThat(jar.properties()).containsEntry(FactSources.LICENSE,
        "https://repo1.maven.org/maven2/com/google/guava/guava-parent/26.0-android/guava-parent-26.0-android.pom");
    assertThat(named(out, "published").declaredLicenses()).isEmpty();
  }
}

package nl.autonomy.core.enrich;

import static nl.autonomy.core.enrich.EnrichmentFixtures.component;
import static nl.autonomy.core.enrich.EnrichmentFixtures.inventory;
import static nl.autonomy.core.enrich.EnrichmentFixtures.named;
import static nl.autonomy.core.enrich.EnrichmentFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.classify.Classifier;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.FactSources;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.VendorBasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage itself: cache, offline, expiry, retries, failures, concurrency, and the basis it leads to. */
class EnricherTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @TempDir
  Path cache;

  private FixtureRegistry registry;

  @BeforeEach
  void start() {
    registry = new FixtureRegistry().json("/lodash/4.17.21", "npm/lodash-4.17.21.json");
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private Inventory run(EnrichOptions options, Clock clock, Component... components) {
    return new Enricher(options, clock).apply(inventory(List.of(components)), ProgressListener.NONE);
  }

  private static Component lodash() {
    return component(Ecosystem.NPM, null, "lodash", "4.17.21");
  }

  @Test
  void classificationRecordsTheRegistryAsTheBasisOfLicenseAndVendor() {
    registry.json("/buffer-equal-constant-time/1.0.1", "npm/buffer-equal-constant-time-1.0.1.json");
    Inventory enriched = run(options(registry, cache), at(NOW), lodash(),
        component(Ecosystem.NPM, null, "buffer-equal-constant-time", "1.0.1"));

    Inventory classified = new Classifier(new CatalogLoader().load(List.of())).classify(enriched);
    Component c = named(classified, "buffer-equal-constant-time");

    assertThat(c.license().expression()).isEqualTo("BSD-3-Clause");
    assertThat(c.license().category()).isEqualTo(LicenseCategory.PERMISSIVE);
    assertThat(c.license().basis()).isEqualTo(FactSources.REGISTRY_BASIS);
    assertThat(c.vendor().basis()).isEqualTo(VendorBasis.REGISTRY);
    assertThat(c.vendor().name()).isEqualTo("GoInstant Inc., a salesforce.com company");
    // a vendor the catalog knows by namespace stays the catalog's; the license is still the registry's
    Component lodash = named(classified, "lodash");
    assertThat(lodash.license().basis()).isEqualTo(FactSources.REGISTRY_BASIS);
    assertThat(lodash.vendor().basis()).isEqualTo(VendorBasis.CATALOG);
  }

  @Test
  void anOfflineScanReusesWhatAnOnlineScanCachedAndSendsNothing() {
    run(options(registry, cache), at(NOW), lodash());
    int asked = registry.log().size();
    registry.close();

    Enricher offline = new Enricher(options(registry, cache).withOffline(true), at(NOW.plus(Duration.ofDays(400))));
    Inventory out = offline.apply(inventory(List.of(lodash())), ProgressListener.NONE);

    assertThat(asked).isEqualTo(1);
    assertThat(named(out, "lodash").declaredLicenses()).extracting(l -> l.name()).containsExactly("MIT");
    assertThat(offline.lastStats().fromCache()).isEqualTo(1);
    assertThat(offline.lastStats().requests()).isZero();
    assertThat(out.problems()).isEmpty();
  }

  @Test
  void offlineWithoutACachedAnswerAddsNothingAndSaysNothingIsWrong() {
    Inventory out = run(options(registry, cache).withOffline(true), at(NOW), lodash());

    assertThat(named(out, "lodash").declaredLicenses()).isEmpty();
    assertThat(registry.log()).isEmpty();
    assertThat(out.problems()).isEmpty();
  }

  @Test
  void answersExpireOnlineAfterThirtyDaysAndAbsentOnesAfterOne() {
    Component missing = component(Ecosystem.NPM, null, "not-published", "1.0.0");
    run(options(registry, cache), at(NOW), lodash(), missing);
    run(options(registry, cache), at(NOW.plus(Duration.ofHours(23))), lodash(), missing);
    assertThat(registry.log()).containsExactlyInAnyOrder("/lodash/4.17.21", "/not-published/1.0.0");

    run(options(registry, cache), at(NOW.plus(Duration.ofDays(2))), lodash(), missing);
    assertThat(registry.log()).containsExactlyInAnyOrder("/lodash/4.17.21", "/not-published/1.0.0",
        "/not-published/1.0.0");

    run(options(registry, cache), at(NOW.plus(Duration.ofDays(31))), lodash());
    assertThat(registry.log()).filteredOn("/lodash/4.17.21"::equals).hasSize(2);
  }

  @Test
  void aTemporaryFailureIsRetriedWithBackoff() {
    registry.failFirst("/lodash/4.17.21", 2, 503);

    Inventory out = run(options(registry, cache), at(NOW), lodash());

    assertThat(registry.log()).containsExactly("/lodash/4.17.21", "/lodash/4.17.21", "/lodash/4.17.21");
    assertThat(named(out, "lodash").declaredLicenses()).isNotEmpty();
    assertThat(out.problems()).isEmpty();
  }

  @Test
  void aLookupThatKeepsFailingIsAWarningNamingThePackageAndIsNotCached() {
    registry.failFirst("/lodash/4.17.21", 3, 500);
    Component other = component(Ecosystem.NPM, "babel", "core", "7.24.0");
    registry.json("/@babel%2fcore/7.24.0", "npm/babel-core-7.24.0.json");

    Inventory out = run(options(registry, cache), at(NOW), lodash(), other);

    assertThat(out.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.source()).isEqualTo(Enricher.STAGE);
      assertThat(p.subject()).isEqualTo("pkg:npm/lodash@4.17.21");
      assertThat(p.message()).contains("lodash@4.17.21").contains("HTTP 500");
    });
    assertThat(out.complete()).as("a missing license fact is not a missing component").isTrue();
    assertThat(named(out, "core").declaredLicenses()).isNotEmpty();

    Inventory again = run(options(registry, cache), at(NOW), lodash());
    assertThat(named(again, "lodash").declaredLicenses()).isNotEmpty();
  }

  @Test
  void anUnreachableRegistryIsOneWarningAndIsNotAskedForEveryPackage() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    EnrichOptions o = options(registry, cache).withEndpoints(RegistryEndpoints.defaults()
        .with("npm=http://127.0.0.1:" + closedPort)).withConcurrency(1);
    List<Component> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(component(Ecosystem.NPM, null, "pkg" + i, "1.0." + i));
    }

    Enricher enricher = new Enricher(o, at(NOW));
    Inventory out = enricher.apply(inventory(many), ProgressListener.NONE);

    assertThat(out.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("the npm registry could not be reached").contains("25 packages not looked up")
          .contains("pkg0@1.0.0").contains("and 15 more");
      assertThat(p.subject()).isEqualTo("npm");
    });
    // three packages tried (with their retries), the other 22 not
    assertThat(enricher.lastStats().requests()).isEqualTo(3 * 3);
  }

  @Test
  void lookupsRunConcurrentlyButNeverMoreThanTheBound() {
    registry.delay(150);
    List<Component> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      many.add(component(Ecosystem.NPM, null, "pkg" + i, "1.0.0"));
    }

    run(options(registry, cache).withConcurrency(3), at(NOW), many.toArray(Component[]::new));

    assertThat(registry.log()).hasSize(12);
    assertThat(registry.maxInFlight()).isBetween(2, 3);
  }

  @Test
  void onePackageInManyPlacesIsAskedOnce() {
    Component a = lodash();
    Component b = a.toBuilder().scope(nl.autonomy.core.model.Scope.TEST).build();

    run(options(registry, cache), at(NOW), a, b);

    assertThat(registry.log()).containsExactly("/lodash/4.17.21");
  }

  @Test
  void theScannedCodesOwnProjectsAndModulesAreNeverLookedUp() {
    Component own = component(Ecosystem.NPM, null, "gemeente-frontend", "2.0.0").toBuilder()
        .role(nl.autonomy.core.model.ComponentRole.PROJECT).build();
    Component module = component(Ecosystem.NPM, null, "gemeente-shared", "2.0.0").toBuilder()
        .role(nl.autonomy.core.model.ComponentRole.MODULE).build();

    run(options(registry, cache), at(NOW), own, module, lodash());

    assertThat(registry.log()).containsExactly("/lodash/4.17.21");
  }

  @Test
  void offSendsNothingAndChangesNothing() {
    Inventory in = inventory(List.of(lodash()));

    Inventory out = new Enricher(options(registry, cache).withEnabled(false)).apply(in, ProgressListener.NONE);

    assertThat(out).isSameAs(in);
    assertThat(registry.log()).isEmpty();
  }
}

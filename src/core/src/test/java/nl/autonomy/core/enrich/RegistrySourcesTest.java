package nl.autonomy.core.enrich;

import static nl.autonomy.core.enrich.EnrichmentFixtures.component;
import static nl.autonomy.core.enrich.EnrichmentFixtures.image;
import static nl.autonomy.core.enrich.EnrichmentFixtures.inventory;
import static nl.autonomy.core.enrich.EnrichmentFixtures.named;
import static nl.autonomy.core.enrich.EnrichmentFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.FactSources;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Organization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each ecosystem's registry, answered from recorded or documented responses on a local server. */
class RegistrySourcesTest {

  @TempDir
  Path cache;

  private FixtureRegistry registry;

  @BeforeEach
  void start() {
    registry = new FixtureRegistry();
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  private Inventory enrich(Component... components) {
    return new Enricher(options(registry, cache)).apply(inventory(List.of(components)), ProgressListener.NONE);
  }

  private static List<String> licenses(Component c) {
    return c.declaredLicenses().stream()
        .map(l -> l.spdxExpression() != null ? l.spdxExpression() : l.name() != null ? l.name() : l.url()).toList();
  }

  @Test
  void npmVersionDocumentsGiveLicenseAndAuthorWithTheirUrl() {
    registry.json("/lodash/4.17.21", "npm/lodash-4.17.21.json")
        .json("/@babel%2fcore/7.24.0", "npm/babel-core-7.24.0.json")
        .json("/json-schema/0.2.3", "npm/json-schema-0.2.3.json");

    Inventory out = enrich(component(Ecosystem.NPM, null, "lodash", "4.17.21"),
        component(Ecosystem.NPM, "babel", "core", "7.24.0"), component(Ecosystem.NPM, null, "json-schema", "0.2.3"));

    Component lodash = named(out, "lodash");
    assertThat(licenses(lodash)).containsExactly("MIT");
    assertThat(lodash.organization()).isEqualTo(new Organization("John-David Dalton", null));
    assertThat(lodash.properties()).containsEntry(FactSources.LICENSE, registry.base() + "/lodash/4.17.21")
        .containsEntry(FactSources.VENDOR, registry.base() + "/lodash/4.17.21");
    Component babel = named(out, "core");
    assertThat(licenses(babel)).containsExactly("MIT");
    assertThat(babel.organization()).isEqualTo(new Organization("The Babel Team", "https://babel.dev/team"));
    // the legacy "licenses" list: both named, neither resolvable to one SPDX id here
    assertThat(licenses(named(out, "json-schema"))).containsExactly("AFLv2.1", "BSD");
    assertThat(out.problems()).isEmpty();
  }

  @Test
  void whatTheLockfileStatesIsNeverReplaced() {
    registry.json("/lodash/4.17.21", "npm/lodash-4.17.21.json");
    Component declared = component(Ecosystem.NPM, null, "lodash", "4.17.21").toBuilder()
        .declaredLicense(DeclaredLicense.spdx("MIT OR Apache-2.0")).build();

    Component out = named(enrich(declared), "lodash");

    assertThat(licenses(out)).containsExactly("MIT OR Apache-2.0");
    assertThat(out.properties()).doesNotContainKey(FactSources.LICENSE).containsKey(FactSources.VENDOR);
    assertThat(out.organization().name()).isEqualTo("John-David Dalton");
  }

  @Test
  void pypiPrefersTheExpressionThenTheLicenseFieldThenUnambiguousClassifiers() {
    registry.json("/pypi/requests/2.31.0/json", "pypi/requests-2.31.0.json")
        .json("/pypi/attrs/25.1.0/json", "pypi/attrs-25.1.0.json")
        .json("/pypi/six/1.16.0/json", "pypi/six-1.16.0.json")
        .json("/pypi/idna/3.6/json", "pypi/idna-3.6.json")
        .json("/pypi/example-fulltext/1.0.0/json", "pypi/example-fulltext-1.0.0.json");

    Inventory out = enrich(component(Ecosystem.PYPI, null, "requests", "2.31.0"),
        component(Ecosystem.PYPI, null, "attrs", "25.1.0"), component(Ecosystem.PYPI, null, "Six", "1.16.0"),
        component(Ecosystem.PYPI, null, "idna", "3.6"), component(Ecosystem.PYPI, null, "example_fulltext", "1.0.0"));

    assertThat(licenses(named(out, "requests"))).containsExactly("Apache 2.0");
    assertThat(named(out, "requests").organization().name()).isEqualTo("Kenneth Reitz");
    assertThat(licenses(named(out, "attrs"))).containsExactly("MIT");
    assertThat(named(out, "attrs").organization().name()).isEqualTo("Hynek Schlawack");
    assertThat(licenses(named(out, "Six"))).containsExactly("MIT");
    // "BSD License" names no version: no license rather than a guess
    assertThat(named(out, "idna").declaredLicenses()).isEmpty();
    assertThat(named(out, "idna").properties()).doesNotContainKey(FactSources.LICENSE);
    assertThat(named(out, "idna").organization().name()).isEqualTo("Kim Davies");
    // a whole license text in the license field is matched by its text
    assertThat(licenses(named(out, "example_fulltext"))).containsExactly("MIT");
  }

  @Test
  void nugetReadsTheRegistrationIndexAndPagesItDoesNotInline() {
    registry.json("/v3/registration5-gz-semver2/newtonsoft.json/index.json", "nuget/newtonsoft.json-index.json")
        .json("/v3/registration5-gz-semver2/microsoft.extensions.logging/index.json",
            "nuget/microsoft.extensions.logging-index.json")
        .json("/microsoft.extensions.logging/page/8.0.0/8.0.1.json", "nuget/microsoft.extensions.logging-page.json");

    Inventory out = enrich(component(Ecosystem.NUGET, null, "Newtonsoft.Json", "13.0.3"),
        component(Ecosystem.NUGET, null, "Microsoft.Extensions.Logging", "8.0.1"));

    Component json = named(out, "Newtonsoft.Json");
    assertThat(licenses(json)).containsExactly("MIT");
    assertThat(json.organization().name()).isEqualTo("James Newton-King");
    assertThat(licenses(named(out, "Microsoft.Extensions.Logging"))).containsExactly("MIT");
    assertThat(named(out, "Microsoft.Extensions.Logging").organization().name()).isEqualTo("Microsoft");
    assertThat(registry.log()).contains("/microsoft.extensions.logging/page/8.0.0/8.0.1.json");
  }

  @Test
  void cratesIoGivesTheExpressionAndReadsTheOldSlashAsOr() {
    registry.json("/api/v1/crates/serde/1.0.197", "crates/serde-1.0.197.json")
        .json("/api/v1/crates/libc/0.2.20", "crates/libc-0.2.20.json");

    Inventory out = enrich(component(Ecosystem.CARGO, null, "serde", "1.0.197"),
        component(Ecosystem.CARGO, null, "libc", "0.2.20"));

    assertThat(licenses(named(out, "serde"))).containsExactly("MIT OR Apache-2.0");
    assertThat(named(out, "serde").organization()).as("a publisher account is not a supplier").isNull();
    assertThat(licenses(named(out, "libc"))).containsExactly("MIT OR Apache-2.0");
  }

  @Test
  void rubyGemsAsksForThePlatformOfAPlatformGem() {
    registry.json("/api/v2/rubygems/rails/versions/7.1.3.json", "rubygems/rails-7.1.3.json")
        .json("/api/v2/rubygems/nokogiri/versions/1.16.0.json?platform=x86_64-linux",
            "rubygems/nokogiri-1.16.0-x86_64-linux.json");

    Inventory out = enrich(component(Ecosystem.GEM, null, "rails", "7.1.3"),
        component(Ecosystem.GEM, null, "nokogiri", "1.16.0-x86_64-linux"));

    assertThat(licenses(named(out, "rails"))).containsExactly("MIT");
    assertThat(named(out, "rails").organization().name()).isEqualTo("David Heinemeier Hansson");
    assertThat(licenses(named(out, "nokogiri"))).containsExactly("MIT");
  }

  @Test
  void packagistExpandsComposersMinifiedVersions() {
    registry.json("/p2/monolog/monolog.json", "packagist/monolog.json");

    Inventory out = enrich(component(Ecosystem.COMPOSER, "monolog", "monolog", "3.4.0"));
    Component monolog = named(out, "monolog");

    // 3.4.0 lists only what changed: license and author come from 3.5.0 before it
    assertThat(licenses(monolog)).containsExactly("MIT");
    assertThat(monolog.organization()).isEqualTo(new Organization("Jordi Boggiano", "https://seld.be"));
    assertThat(PackagistRegistry.expand(RegistryHttpJson.read(FixtureRegistry.resource("packagist/monolog.json"))
        .path("packages").path("monolog/monolog")).get(2).has("license")).as("__unset removes").isFalse();
  }

  @Test
  void goModulesAreMatchedToSpdxByTheirLicenseText() {
    registry.goModule("/github.com/!azure/azure-sdk-for-go/sdk/azcore/@v/v1.9.0.zip",
            "github.com/Azure/azure-sdk-for-go/sdk/azcore@v1.9.0", Map.of("LICENSE.txt", "go/MIT.txt"))
        .goModule("/github.com/google/uuid/@v/v1.6.0.zip", "github.com/google/uuid@v1.6.0",
            Map.of("LICENSE", "go/BSD-3-Clause.txt"))
        .goModule("/golang.org/x/odd/@v/v0.1.0.zip", "golang.org/x/odd@v0.1.0",
            Map.of("LICENSE", "go/Apache-2.0.txt", "COPYING", "README.md"));

    Inventory out = enrich(component(Ecosystem.GOLANG, "github.com/Azure/azure-sdk-for-go/sdk", "azcore", "v1.9.0"),
        component(Ecosystem.GOLANG, "github.com/google", "uuid", "v1.6.0"),
        component(Ecosystem.GOLANG, "golang.org/x", "odd", "v0.1.0"));

    assertThat(licenses(named(out, "azcore"))).containsExactly("MIT");
    assertThat(named(out, "azcore").properties()).containsEntry(FactSources.LICENSE,
        registry.base() + "/github.com/!azure/azure-sdk-for-go/sdk/azcore/@v/v1.9.0.zip");
    assertThat(licenses(named(out, "uuid"))).containsExactly("BSD-3-Clause");
    // a file that is no license text is said, not guessed; the recognised one still counts
    Component odd = named(out, "odd");
    assertThat(licenses(odd)).containsExactly("Apache-2.0");
    assertThat(odd.properties()).containsEntry("go.license.unmatched", "COPYING")
        .containsEntry("go.license.files", "COPYING,LICENSE");
  }

  @Test
  void ociLabelsComeFromTheConfigOfTheAmd64ImageWithAnAnonymousToken() {
    String repo = "/v2/gemeente-demo/afval-api/";
    registry.bearer(repo, "ghcr.io", "anonymous-pull-token")
        .json(repo + "manifests/1.4.0", "oci/index.json")
        .json(repo + "manifests/sha256:2222222222222222222222222222222222222222222222222222222222222222",
            "oci/manifest-amd64.json")
        .json(repo + "blobs/sha256:4444444444444444444444444444444444444444444444444444444444444444", "oci/config.json");

    Component image = named(enrich(image("ghcr.io", "gemeente-demo", "afval-api", "1.4.0")), "afval-api");

    assertThat(licenses(image)).containsExactly("EUPL-1.2");
    assertThat(image.organization()).isEqualTo(new Organization("Gemeente Demo", "https://www.gemeente-demo.example"));
    assertThat(image.properties())
        .containsEntry("oci.image.source", "https://github.com/gemeente-demo/afval-api")
        .containsEntry(FactSources.LICENSE,
            registry.base() + repo + "blobs/sha256:4444444444444444444444444444444444444444444444444444444444444444");
    assertThat(registry.log()).filteredOn(p -> p.startsWith("/token")).hasSize(1);
  }

  @Test
  void mavenCentralFollowsTheParentChainForLicensesAndOrganization() {
    registry.route("/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.pom", 200,
            FixtureRegistry.resource("maven/failureaccess-1.0.1.pom").getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Map.of())
        .route("/com/google/guava/guava-parent/26.0-android/guava-parent-26.0-android.pom", 200,
            FixtureRegistry.resource("maven/guava-parent-26.0-android.pom")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());

    Component jar = named(enrich(component(Ecosystem.MAVEN, "com.google.guava", "failureaccess", "1.0.1")),
        "failureaccess");

    assertThat(jar.declaredLicenses()).extracting(DeclaredLicense::name)
        .containsExactly("The Apache Software License, Version 2.0");
    assertThat(jar.properties()).containsEntry(FactSources.LICENSE,
        registry.base() + "/com/google/guava/guava-parent/26.0-android/guava-parent-26.0-android.pom");
    // guava-parent's own parent (oss-parent) is not served here: the chain stops without failing
    assertThat(registry.log()).contains("/org/sonatype/oss/oss-parent/9/oss-parent-9.pom");
  }

  @Test
  void aVersionTheRegistryDoesNotKnowAddsNothingAndIsNoProblem() {
    Inventory out = enrich(component(Ecosystem.NPM, null, "left-pad", "99.0.0"));

    assertThat(named(out, "left-pad").declaredLicenses()).isEmpty();
    assertThat(out.problems()).isEmpty();
  }
}

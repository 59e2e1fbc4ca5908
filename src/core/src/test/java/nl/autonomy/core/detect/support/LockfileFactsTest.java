package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.cargo.CargoDetector;
import nl.autonomy.core.detect.composer.ComposerDetector;
import nl.autonomy.core.detect.container.ContainerDetector;
import nl.autonomy.core.detect.dotnet.NuGetDetector;
import nl.autonomy.core.detect.golang.GoDetector;
import nl.autonomy.core.detect.gradle.GradleDetector;
import nl.autonomy.core.detect.helm.HelmDetector;
import nl.autonomy.core.detect.ruby.RubyDetector;
import nl.autonomy.core.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the golden lists do not show: checksums the lockfiles carry (as CycloneDX hashes where they
 * hash the artifact, as properties where they do not), registries, replacements, configurations
 * and target frameworks kept as properties, and hostile XML refused without being expanded.
 */
class LockfileFactsTest {

  private static final Map<String, Supplier<Detector>> DETECTORS = Map.of(
      "golang", GoDetector::new, "cargo", CargoDetector::new, "ruby", RubyDetector::new,
      "composer", ComposerDetector::new, "dotnet", NuGetDetector::new, "helm", HelmDetector::new,
      "container", ContainerDetector::new, "gradle", GradleDetector::new);

  private static Component component(String fixture, String ref) {
    String ecosystem = fixture.substring(0, fixture.indexOf('/'));
    Detection d = DetectorFixture.detect(DETECTORS.get(ecosystem).get(), DetectorFixture.resource("eco/" + fixture));
    return d.components().stream().filter(c -> c.ref().equals(ref)).findFirst()
        .orElseGet(() -> d.projects().stream().filter(c -> c.ref().equals(ref)).findFirst().orElseThrow());
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      cargo/workspace-v3|pkg:cargo/serde@1.0.200|SHA-256|ddc6f9cc94d67c0e21aaf7eda3a010fd3af78ebf6e096aa6e2e13c79749cce4f
      cargo/v1-metadata|pkg:cargo/itoa@1.0.11|SHA-256|49f1f14873335454500d59611f1cf4a4b0f786f9ac11f4312a78e4cf2566695b
      ruby/rails-app|pkg:gem/pg@1.5.6|SHA-256|4bc3ad2438825eea68457373555e3fd4ea1a82027b8a6be98ef57c0d57292b1c
      composer/symfony-app|pkg:composer/doctrine/dbal@3.8.3|SHA-1|0a4e5d1f9b8c7a6e3d2f1a0b9c8d7e6f5a4b3c2d
      dotnet/central-packages|pkg:nuget/Serilog.AspNetCore@8.0.1|SHA-512|07f5fec007d2ef258b54e4c3f3707e6e198a739b879f65fa7c26979c3a5777d6456766fbbf4a60735cb4a4a20c6d4f64f31fe9a43c70be6732bf4582c13bdb36
      container/multi-stage|pkg:docker/library/busybox@1.36.1?repository_url=docker.io|SHA-256|c3839dd800b9eb7603340509769c43e146a74c63dca3045a8e7dc8ee07e53966
      """)
  void checksumsThatHashTheArtifactBecomeHashes(String fixture, String ref, String algorithm, String hex) {
    assertThat(component(fixture, ref).hashes()).containsEntry(algorithm, hex);
  }

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      golang/module-replace|pkg:golang/github.com/go-chi/chi/v5@v5.0.12|golang.sum.h1|h1:9euLV5sTrTNTRUU9POmDUvfxyj6LAABLUcEWO+JJb4s=
      golang/module-replace|pkg:golang/github.com/gemeente-utrecht/geo-fork@v0.4.2-patch1|golang.replaces|github.com/gemeente-utrecht/geo@v0.4.1
      golang/module-replace|pkg:golang/github.com/gemeente-utrecht/auth|golang.replace.path|../auth
      golang/module-replace|pkg:golang/golang.org/x/crypto@v0.22.0|golang.replaces|golang.org/x/crypto@v0.21.0
      cargo/workspace-v3|pkg:cargo/geo-tegels@0.3.0|cargo.source|git+https://gitlab.gemeente.nl/gis/geo-tegels?tag=v0.3.0#4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d
      ruby/rails-app|pkg:gem/geo-helpers@0.2.0|gem.source|GIT https://github.com/gemeente-denhaag/geo-helpers.git
      dotnet/central-packages|pkg:nuget/Azure.Storage.Blobs@12.19.1|nuget.targetFrameworks|net6.0,net8.0
      gradle/kotlin-catalog-lockfile|pkg:maven/org.jetbrains/annotations@13.0|gradle.configurations|compileClasspath
      helm/chart-with-lock|pkg:generic/redis@18.19.4?repository_url=oci%3A%2F%2Fregistry-1.docker.io%2Fbitnamicharts|helm.alias|cache
      helm/chart-with-lock|pkg:generic/wijkpost@1.8.2|helm.appVersion|2.4.0
      container/multi-stage|pkg:docker/library/node@20.12-alpine?repository_url=docker.io|container.stage|frontend
      container/compose|pkg:docker/azure-storage/azurite@3.29.0?repository_url=mcr.microsoft.com|autonomy:registry|mcr.microsoft.com
      container/compose|pkg:docker/parkeren/api@1.4.0?repository_url=harbor.gemeente.nl|container.usedBy|service api (built from this repository)
      container/kubernetes|pkg:docker/parkeren/migrate@1.4.0?repository_url=gemeenteacr.azurecr.io|container.usedBy|Deployment/parkeren-api container migrate
      """)
  void factsWithoutAPurlFieldAreKeptAsProperties(String fixture, String ref, String key, String value) {
    assertThat(component(fixture, ref).properties()).containsEntry(key, value);
  }

  @Test
  void anXmlEntityIsRefusedNotExpanded() {
    Detection d = DetectorFixture.detect(new NuGetDetector(), DetectorFixture.resource("eco/dotnet/hostile"));

    assertThat(d.components()).extracting(Component::name).containsExactly("Dapper").doesNotContain("root");
    assertThat(d.problems()).anySatisfy(p -> {
      assertThat(p.location().file()).isEqualTo("Xxe.csproj");
      assertThat(p.message()).containsIgnoringCase("DOCTYPE");
    });
  }
}

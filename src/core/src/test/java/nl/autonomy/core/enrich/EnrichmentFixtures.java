package nl.autonomy.core.enrich;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.SourceKind;

/** Components as detectors make them, and options that point every registry at a fixture server. */
final class EnrichmentFixtures {

  private EnrichmentFixtures() {
  }

  static EnrichOptions options(FixtureRegistry registry, Path cache) {
    RegistryEndpoints e = RegistryEndpoints.defaults();
    for (String id : new String[] {"npm", "pypi", "crates", "rubygems", "packagist", "go", "maven"}) {
      e = e.with(id + "=" + registry.base());
    }
    e = e.with("nuget=" + registry.base() + "/v3/registration5-gz-semver2").with("oci:ghcr.io=" + registry.base());
    return EnrichOptions.off().withEnabled(true).withCacheDir(cache).withEndpoints(e).withProxy(ProxySettings.none())
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Duration.ofMillis(10));
  }

  static Component component(Ecosystem eco, String group, String name, String version) {
    String purl = "pkg:" + eco.purlType() + "/" + (group == null ? "" : group + "/") + name + "@" + version;
    return Component.builder(purl, eco, name).purl(purl).group(group).version(version).scope(Scope.RUNTIME).build();
  }

  static Component image(String registry, String group, String name, String tag) {
    return component(Ecosystem.DOCKER, group, name, tag).toBuilder().property("autonomy:registry", registry).build();
  }

  static Inventory inventory(List<Component> components) {
    Component project = Component.builder("project", Ecosystem.GENERIC, "project").build();
    return new Inventory(project, components, List.of(), List.of(), List.of(), List.of(),
        new Provenance("test", SourceKind.FOLDER, null, null, null, java.time.Instant.EPOCH, "test"), null);
  }

  static Component named(Inventory inventory, String name) {
    return inventory.components().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  static Map<String, String> none() {
    return Map.of();
  }
}

package nl.autonomy.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * An SBOM read back for a diff or a baseline: Autonomy's own SBOM gives each component the role it
 * was written with (modules stay modules), another tool's SBOM cannot make a package the city's own
 * code by carrying a property in the {@code autonomy} namespace, and the source kind is read as the
 * typed value.
 */
class ComponentRoleReadBackTest {

  private static final String BOM = """
      {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
       "metadata":{%s},
       "components":[
        {"type":"library","bom-ref":"pkg:maven/nl.amsterdam/api@1.0","name":"api","group":"nl.amsterdam","version":"1.0",
         "purl":"pkg:maven/nl.amsterdam/api@1.0",
         "properties":[{"name":"autonomy:module","value":"true"}%s]},
        {"type":"application","bom-ref":"pkg:npm/web@2.0.0","name":"web","version":"2.0.0","purl":"pkg:npm/web@2.0.0",
         "properties":[{"name":"autonomy:project","value":"true"}]},
        {"type":"library","bom-ref":"pkg:npm/left-pad@1.3.0","name":"left-pad","version":"1.3.0",
         "purl":"pkg:npm/left-pad@1.3.0"}]}
      """;

  private static ScanResult read(String json) throws Exception {
    return CycloneDxResults.fromJson(Path.of("bom.cdx.json"), json.getBytes(StandardCharsets.UTF_8), "app",
        new CatalogLoader().loadDefault());
  }

  private static ComponentRole role(ScanResult r, String ref) {
    return r.inventory().components().stream().filter(c -> c.ref().equals(ref)).map(Component::role)
        .findFirst().orElseThrow();
  }

  @Test
  void autonomysOwnSbomKeepsEachRole() throws Exception {
    ScanResult r = read(BOM.formatted(
        "\"properties\":[{\"name\":\"autonomy:source\",\"value\":\"app\"},{\"name\":\"autonomy:source:kind\",\"value\":\"git\"}]",
        ",{\"name\":\"autonomy:scope\",\"value\":\"runtime\"}"));

    assertThat(role(r, "pkg:maven/nl.amsterdam/api@1.0")).isEqualTo(ComponentRole.MODULE);
    assertThat(role(r, "pkg:npm/web@2.0.0")).isEqualTo(ComponentRole.PROJECT);
    assertThat(role(r, "pkg:npm/left-pad@1.3.0")).isEqualTo(ComponentRole.DEPENDENCY);
    assertThat(r.inventory().provenance().sourceKind()).isEqualTo(SourceKind.GIT);
  }

  @Test
  void anotherToolsSbomCannotMakeAPackageTheCitysOwnCode() throws Exception {
    ScanResult r = read(BOM.formatted("\"timestamp\":\"2026-01-01T00:00:00Z\"", ""));

    assertThat(r.inventory().components()).extracting(Component::role).containsOnly(ComponentRole.DEPENDENCY);
    assertThat(r.inventory().provenance().sourceKind()).as("no kind recorded: an SBOM").isEqualTo(SourceKind.SBOM);
  }
}

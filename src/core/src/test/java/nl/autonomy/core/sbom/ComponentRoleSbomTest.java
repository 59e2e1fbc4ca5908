package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.Ecosystem;
import org.cyclonedx.model.Property;
import org.junit.jupiter.api.Test;

/**
 * The SBOM's {@code autonomy:project} and {@code autonomy:module} are derived from the typed role at
 * the writer: a project is written as one, whatever a property of that name said, and a dependency
 * whose facts carried such a property (a supplier's SBOM, a hostile lockfile) is not.
 */
class ComponentRoleSbomTest {

  private static Component.Builder component(String name) {
    return Component.builder("pkg:npm/" + name + "@1.0.0", Ecosystem.NPM, name).purl("pkg:npm/" + name + "@1.0.0")
        .version("1.0.0");
  }

  private static List<String> flags(org.cyclonedx.model.Component cdx) {
    return cdx.getProperties().stream().map(p -> p.getName() + "=" + p.getValue())
        .filter(p -> p.startsWith("autonomy:project") || p.startsWith("autonomy:module")).toList();
  }

  @Test
  void aProjectIsWrittenAsAnApplicationWithOneFlagWhateverItsPropertiesSaid() {
    org.cyclonedx.model.Component cdx = ComponentMapper.map(
        component("frontend").property("autonomy:project", "false").role(ComponentRole.PROJECT).build());

    assertThat(cdx.getType()).isEqualTo(org.cyclonedx.model.Component.Type.APPLICATION);
    assertThat(flags(cdx)).containsExactly("autonomy:project=true");
  }

  @Test
  void aDependencyCarryingTheFlagAsAFactIsWrittenAsALibraryWithoutIt() {
    org.cyclonedx.model.Component cdx = ComponentMapper.map(
        component("left-pad").property("autonomy:project", "true").property("autonomy:module", "true").build());

    assertThat(cdx.getType()).isEqualTo(org.cyclonedx.model.Component.Type.LIBRARY);
    assertThat(flags(cdx)).isEmpty();
  }

  @Test
  void aModuleIsWrittenWithItsFlagBesideItsOtherFacts() {
    org.cyclonedx.model.Component cdx = ComponentMapper.map(
        component("api").property("npm.workspace", "packages/api").role(ComponentRole.MODULE).build());

    assertThat(flags(cdx)).containsExactly("autonomy:module=true");
    assertThat(cdx.getProperties()).extracting(Property::getName)
        .as("sorted by name, as before the typed role").isSorted();
  }
}

package nl.autonomy.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.Ecosystem;
import org.junit.jupiter.api.Test;

/**
 * The component's role is a typed field: a property that happens to carry the SBOM flag's name never
 * sets it, report.json says it only for the city's own code, and a report.json written before the
 * field existed (the flag as a property) is read back with the role it meant.
 */
class ComponentRoleJsonTest {

  private static final ObjectMapper JSON = JsonSupport.newMapper();

  private static Component.Builder component(String name) {
    return Component.builder("pkg:maven/nl.amsterdam/" + name + "@1.0", Ecosystem.MAVEN, name).group("nl.amsterdam")
        .version("1.0");
  }

  @Test
  void aPropertyNamedLikeTheFlagNeverMakesADependencyTheCitysOwnCode() {
    Component c = component("lib").property("autonomy:project", "true").property("autonomy:module", "true").build();

    assertThat(c.role()).isEqualTo(ComponentRole.DEPENDENCY);
    assertThat(c.own()).isFalse();
    assertThat(c.properties()).doesNotContainKeys("autonomy:project", "autonomy:module");
  }

  @Test
  void theTypedRoleWinsOverAPropertyWithAnotherValue() {
    Component c = component("frontend").property("autonomy:project", "false").role(ComponentRole.PROJECT).build();

    assertThat(c.role()).isEqualTo(ComponentRole.PROJECT);
    assertThat(c.own()).isTrue();
    assertThat(c.properties()).doesNotContainKey("autonomy:project");
    assertThat(c.toBuilder().build().role()).as("kept by toBuilder").isEqualTo(ComponentRole.PROJECT);
  }

  @Test
  void reportJsonNamesTheRoleOnlyForTheCitysOwnCode() throws Exception {
    String module = JSON.writeValueAsString(component("api").role(ComponentRole.MODULE).build());
    String dependency = JSON.writeValueAsString(component("lib").build());

    assertThat(module).contains("\"role\":\"module\"").doesNotContain("autonomy:module");
    assertThat(dependency).doesNotContain("\"role\"");
    assertThat(JSON.readValue(module, Component.class).role()).isEqualTo(ComponentRole.MODULE);
    assertThat(JSON.readValue(dependency, Component.class).role()).isEqualTo(ComponentRole.DEPENDENCY);
  }

  @Test
  void aReportWrittenBeforeTheTypedRoleIsReadWithTheRoleItsFlagMeant() throws Exception {
    String old = """
        {"ref":"pkg:maven/nl.amsterdam/%s@1.0","ecosystem":"maven","name":"%s","scope":"runtime",
         "properties":{"autonomy:%s":"true","maven.packaging":"jar"}}""";

    Component module = JSON.readValue(old.formatted("api", "api", "module"), Component.class);
    Component project = JSON.readValue(old.formatted("web", "web", "project"), Component.class);

    assertThat(module.role()).isEqualTo(ComponentRole.MODULE);
    assertThat(project.role()).isEqualTo(ComponentRole.PROJECT);
    assertThat(module.properties()).containsOnlyKeys("maven.packaging");
    assertThat(JSON.writeValueAsString(module)).as("written back in today's shape").contains("\"role\":\"module\"")
        .doesNotContain("autonomy:module");
  }
}

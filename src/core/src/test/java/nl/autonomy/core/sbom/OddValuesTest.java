package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Inventory;
import org.cyclonedx.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each odd value the hostile-input corpus found losing a whole scan (exit 4, no output), now made
 * valid before it reaches the writers: both BOMs are schema-valid and keep every component.
 */
class OddValuesTest {

  private static final String LONG = "1".repeat(1025);

  static List<Component> oddComponents() {
    return List.of(
        Component.builder("pkg:npm/a%01b@1.0.0", Ecosystem.NPM, "a\u0001b").version("1.0.0")
            .purl("pkg:npm/a\u0001b@1.0.0").build(),
        Component.builder("pkg:nuget/Foo%zzBar@1.0%", Ecosystem.NUGET, "Foo%zzBar").version("1.0%")
            .purl("pkg:nuget/Foo%zzBar@1.0%").build(),
        Component.builder("pkg:maven/x<script>alert(1)</script>/a@1", Ecosystem.MAVEN, "a")
            .group("x<script>alert(1)</script>").version("1")
            .purl("pkg:maven/x<script>alert(1)</script>/a@1").build(),
        Component.builder("pkg:nuget/Foo@" + LONG, Ecosystem.NUGET, "Foo").version(LONG)
            .purl("pkg:nuget/Foo@" + LONG).build(),
        Component.builder("pkg:nuget/" + "A".repeat(1025) + "@1.0.0", Ecosystem.NUGET, "A".repeat(1025))
            .version("1.0.0").purl("pkg:nuget/" + "A".repeat(1025) + "@1.0.0").build(),
        Component.builder("pkg:maven/g/inner@1?type=ear", Ecosystem.MAVEN, "inner").group("g").version("1 {ear} \\ | ^")
            .purl("pkg:maven/g/inner@1 {ear}?type=ear#inner.ear!/web.war!/WEB-INF/lib/a.jar").build(),
        Component.builder("pkg:pypi/odd@1", Ecosystem.PYPI, "odd").version("1")
            .purl("pkg:pypi/odd@1?x=\"<>\"&y=`%`").build());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"JSON", "XML"})
  void everyOddValueIsWrittenValidlyAndNoComponentIsLost(Format format) throws Exception {
    ScanResult sample = SampleResults.springBootOnAzure();
    List<Component> components = new ArrayList<>(sample.inventory().components());
    components.addAll(oddComponents());
    Inventory inv = sample.inventory();
    Inventory odd = new Inventory(inv.project(), components, inv.services(), inv.serviceUses(), inv.edges(),
        inv.problems(), inv.provenance(), inv.walk());
    org.cyclonedx.model.Bom bom = new CycloneDxMapper().map(new ScanResult(odd, 0, sample.assessment()));

    byte[] bytes = BomRenderer.renderExactly(bom, format);

    BomRenderer.validate(bytes, format);
    assertThat(bom.getComponents()).hasSize(components.size());
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("autonomy:truncated").contains("1025 characters")
        .contains("pkg:nuget/Foo%25zzBar@1.0%25")
        .contains("pkg:maven/x%3Cscript%3Ealert(1)%3C/script%3E/a@1");
  }
}

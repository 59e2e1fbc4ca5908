package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Scope;
import org.junit.jupiter.api.Test;

class ComponentMergerTest {

  private static Component jackson(Scope scope, boolean direct, String file) {
    String purl = "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2";
    return Component.builder(purl, Ecosystem.MAVEN, "jackson-databind")
        .purl(purl).group("com.fasterxml.jackson.core").version("2.17.2").scope(scope).direct(direct)
        .evidence(Evidence.manifest("maven", Location.of(file, 12), "<artifactId>jackson-databind</artifactId>"))
        .build();
  }

  @Test
  void theSamePackageFromTwoManifestsIsOneComponentWithBothEvidence() {
    List<Component> merged = ComponentMerger.merge(List.of(
        jackson(Scope.TEST, false, "api/pom.xml"), jackson(Scope.RUNTIME, true, "web/pom.xml")));

    assertThat(merged).singleElement().satisfies(c -> {
      assertThat(c.scope()).isEqualTo(Scope.RUNTIME);
      assertThat(c.direct()).isTrue();
      assertThat(c.evidence()).extracting(e -> e.location().file()).containsExactly("api/pom.xml", "web/pom.xml");
    });
  }

  @Test
  void theScopeThatShipsWinsWhateverTheOrder() {
    assertThat(ComponentMerger.widest(Scope.TEST, Scope.PROVIDED)).isEqualTo(Scope.PROVIDED);
    assertThat(ComponentMerger.widest(Scope.BUILD, Scope.TEST)).isEqualTo(Scope.BUILD);
    assertThat(ComponentMerger.widest(Scope.RUNTIME, Scope.BUILD)).isEqualTo(Scope.RUNTIME);
  }

  @Test
  void theHashesOfDeliveredBytesWinOverARepositoryCopysWhateverTheOrder() {
    Component fromRepository = jackson(Scope.RUNTIME, true, "pom.xml").toBuilder()
        .hash("SHA-256", "aa").hash("SHA-512", "bb").build();
    Component delivered = jackson(Scope.RUNTIME, true, "dist/app.war").toBuilder()
        .hash("SHA-1", "11").hash("SHA-256", "22").hash("SHA-512", "33")
        .property("autonomy:hash.source", "delivered").build();

    assertThat(ComponentMerger.merge(List.of(fromRepository, delivered))).singleElement()
        .satisfies(c -> assertThat(c.hashes()).containsEntry("SHA-256", "22").containsEntry("SHA-512", "33"));
    assertThat(ComponentMerger.merge(List.of(delivered, fromRepository))).singleElement()
        .satisfies(c -> assertThat(c.hashes()).containsEntry("SHA-256", "22").containsEntry("SHA-512", "33"));
  }
}

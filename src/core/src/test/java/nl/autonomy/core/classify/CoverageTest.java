package nl.autonomy.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Coverage;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private final Classifier classifier = new Classifier(new CatalogLoader().loadDefault());

  private Component classified(String purl, String license) {
    return classifier.classify(TestComponents.of(purl, license == null ? null : List.of(license), null));
  }

  @Test
  void countsKnownVendorsAndLicensesAndLeavesProjectsOut() {
    List<Component> components = List.of(
        classified("pkg:maven/com.azure/azure-core@1.45.1", "The MIT License (MIT)"),
        classified("pkg:maven/org.example/foo@1.0", null),
        classified("pkg:npm/left-pad@1.3.0", "WTFPL"),
        classified("pkg:npm/mystery@0.1.0", null),
        classified("pkg:maven/nl.amsterdam/project@1.0", null).toBuilder().role(nl.autonomy.core.model.ComponentRole.PROJECT).build(),
        classified("pkg:maven/nl.amsterdam/module@1.0", null).toBuilder().role(nl.autonomy.core.model.ComponentRole.MODULE).build());

    Coverage c = Coverage.of(components);

    assertThat(c.components()).isEqualTo(4);
    assertThat(c.withVendor()).isEqualTo(2);
    assertThat(c.vendorFromCatalog()).isEqualTo(1);
    assertThat(c.withLicense()).isEqualTo(2);
    assertThat(c.vendorShare()).isEqualTo(0.5);
    assertThat(c.licenseShare()).isEqualTo(0.5);
  }

  @Test
  void nothingToCountIsFullCoverage() {
    Coverage c = Coverage.of(List.of());

    assertThat(c.vendorShare()).isEqualTo(1.0);
    assertThat(c.licenseShare()).isEqualTo(1.0);
  }

  @Test
  void unclassifiedComponentsCountAsUnknown() {
    Coverage c = Coverage.of(List.of(TestComponents.of("pkg:maven/com.azure/azure-core@1.45.1", null, null)));

    assertThat(c.withVendor()).isZero();
    assertThat(c.withLicense()).isZero();
  }
}

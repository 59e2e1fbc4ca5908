package nl.autonomy.core.detect.sbom;

import static nl.autonomy.core.detect.sbom.SbomFixtures.field;
import static nl.autonomy.core.detect.sbom.SbomFixtures.read;
import static nl.autonomy.core.detect.sbom.SbomFixtures.sbom;
import static org.assertj.core.api.Assertions.assertThat;

import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.SupplierSbom;
import org.junit.jupiter.api.Test;

class SpdxReaderTest {

  @Test
  void readsAnSpdx23JsonDocumentInTheShapeSyftWrites() {
    Detection d = read("spdx23-syft.spdx.json");

    assertThat(d.problems()).isEmpty();
    assertThat(d.projects()).extracting(Component::ref).containsExactly("pkg:maven/nl.leverancier/registratie-service@2.4.0");
    assertThat(d.components()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2",
        "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.17.2");
    Component databind = d.components().stream().filter(c -> c.name().equals("jackson-databind")).findFirst().orElseThrow();
    assertThat(databind.direct()).isTrue();
    assertThat(databind.hashes()).containsEntry("SHA-1", "e6deb029e5901e027c129341fac39e515066b68c");
    assertThat(databind.organization().name()).isEqualTo("FasterXML");
    assertThat(databind.declaredLicenses()).extracting(l -> l.spdxExpression()).containsExactly("Apache-2.0");
    assertThat(databind.properties()).containsEntry("autonomy:source", "supplier-sbom");
    assertThat(databind.evidence()).allSatisfy(e -> {
      assertThat(e.kind()).isEqualTo(EvidenceKind.SBOM);
      assertThat(e.location().file()).isEqualTo("spdx23-syft.spdx.json");
    });
    assertThat(d.edges()).contains(
        new DependencyEdge("pkg:maven/nl.leverancier/registratie-service@2.4.0",
            "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2"),
        new DependencyEdge("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2",
            "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.17.2"));

    SupplierSbom s = sbom(d);
    assertThat(s.formatName()).isEqualTo("SPDX 2.3");
    assertThat(s.encoding()).isEqualTo("json");
    assertThat(s.valid()).isTrue();
    // jackson-core names no supplier: NTIA's supplier field is met by one of two components
    assertThat(field(s, "ntia", "component-supplier").share()).isEqualTo(50);
    assertThat(field(s, "ntia", "component-supplier").lacking()).containsExactly("SPDXRef-Package-java-archive-jackson-core-91c0");
    assertThat(s.quality().standard("ntia").conformant()).isFalse();
    // SPDX 2.3 is below the SPDX 3.0.1 BSI TR-03183-2 v2.1 accepts
    assertThat(field(s, "bsi", "format-version").malformed()).isEqualTo(1);
    assertThat(field(s, "bsi", "creator-contact").present()).isEqualTo(1);
    assertThat(field(s, "bsi", "component-filename").present()).isEqualTo(1);
    assertThat(s.quality().standard("cra").conformant()).isTrue();
  }

  @Test
  void readsAnSpdx23TagValueDocument() {
    Detection d = read("spdx23-tag-value.spdx");

    assertThat(d.problems()).isEmpty();
    assertThat(d.projects()).extracting(Component::ref).containsExactly("pkg:npm/parkeer-app@1.3.0");
    assertThat(d.components()).singleElement().satisfies(c -> {
      assertThat(c.ref()).isEqualTo("pkg:npm/express@4.21.2");
      assertThat(c.hashes()).containsKey("SHA-512");
      assertThat(c.direct()).isTrue();
    });
    SupplierSbom s = sbom(d);
    assertThat(s.encoding()).isEqualTo("tag-value");
    assertThat(field(s, "bsi", "component-hash-sha512").share()).isEqualTo(100);
    assertThat(field(s, "bsi", "component-license").share()).isEqualTo(100);
    assertThat(s.quality().standard("ntia").conformant()).isTrue();
  }

  @Test
  void readsAnSpdx301JsonLdDocument() {
    Detection d = read("spdx301-app.spdx3.jsonld");

    assertThat(d.problems()).isEmpty();
    assertThat(d.projects()).extracting(Component::ref).containsExactly("pkg:maven/nl.leverancier/zaak-app@1.0.0");
    assertThat(d.components()).singleElement().satisfies(c -> {
      assertThat(c.ref()).isEqualTo("pkg:maven/com.google.guava/guava@33.4.8-jre");
      assertThat(c.declaredLicenses()).extracting(l -> l.spdxExpression()).containsExactly("Apache-2.0");
      assertThat(c.direct()).isTrue();
    });
    SupplierSbom s = sbom(d);
    assertThat(s.formatName()).isEqualTo("SPDX 3.0.1");
    assertThat(s.encoding()).isEqualTo("json-ld");
    assertThat(field(s, "bsi", "format-version").present()).isEqualTo(1);
    assertThat(field(s, "bsi", "completeness").present()).isEqualTo(1);
    assertThat(field(s, "bsi", "creator-contact").present()).isEqualTo(1);
    assertThat(field(s, "bsi", "component-license").share()).isEqualTo(100);
    assertThat(field(s, "bsi", "component-deployable-uri").share()).isEqualTo(100);
    // guava names no supplier in this document
    assertThat(field(s, "ntia", "component-supplier").share()).isZero();
    assertThat(s.quality().standard("cra").conformant()).isTrue();
  }
}

package nl.autonomy.core.detect.sbom;

import static nl.autonomy.core.detect.sbom.SbomFixtures.field;
import static nl.autonomy.core.detect.sbom.SbomFixtures.read;
import static nl.autonomy.core.detect.sbom.SbomFixtures.sbom;
import static org.assertj.core.api.Assertions.assertThat;

import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.SupplierSbom;
import org.junit.jupiter.api.Test;

class CycloneDxReaderTest {

  @Test
  void readsACdxgenNpmBom() {
    Detection d = read("cdxgen-npm.cdx.json");

    assertThat(d.problems()).isEmpty();
    assertThat(d.projects()).extracting(Component::ref).containsExactly("pkg:npm/meldingen-portaal@3.2.1");
    assertThat(d.components()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:npm/lodash@4.17.21", "pkg:npm/%40azure/storage-blob@12.26.0", "pkg:npm/jest@29.7.0");
    Component azure = d.components().stream().filter(c -> c.name().equals("storage-blob")).findFirst().orElseThrow();
    assertThat(azure.ecosystem()).isEqualTo(Ecosystem.NPM);
    assertThat(azure.group()).isEqualTo("@azure");
    assertThat(azure.direct()).isTrue();
    assertThat(azure.evidence()).singleElement().satisfies(e -> {
      assertThat(e.location().file()).isEqualTo("cdxgen-npm.cdx.json");
      assertThat(e.location().line()).isGreaterThan(30);
    });
    assertThat(d.edges()).contains(new DependencyEdge("pkg:npm/meldingen-portaal@3.2.1", "pkg:npm/lodash@4.17.21"));

    SupplierSbom s = sbom(d);
    assertThat(s.formatName()).isEqualTo("CycloneDX 1.5");
    assertThat(s.valid()).isTrue();
    // jest has no dependencies entry: BSI's stated dependencies fail for it, NTIA's relationship holds
    assertThat(field(s, "bsi", "component-dependencies").lacking()).containsExactly("pkg:npm/jest@29.7.0");
    assertThat(field(s, "ntia", "component-relationship").share()).isEqualTo(100);
    // only lodash names an author; CycloneDX 1.5 is older than BSI's 1.6
    assertThat(field(s, "ntia", "component-supplier").present()).isEqualTo(1);
    assertThat(field(s, "bsi", "format-version").malformed()).isEqualTo(1);
    assertThat(field(s, "bsi", "component-hash-sha512").present()).isEqualTo(1);
  }

  @Test
  void aBomWithEveryBsiFieldConformsButForAnUnknownStructuredValue() {
    SupplierSbom s = sbom(read("syft-bsi.cdx.json"));

    assertThat(s.valid()).isTrue();
    assertThat(s.quality().standard("ntia").conformant()).isTrue();
    assertThat(s.quality().standard("cra").conformant()).isTrue();
    assertThat(field(s, "bsi", "creator-contact").present()).isEqualTo(1);
    assertThat(field(s, "bsi", "completeness").present()).isEqualTo(1);
    assertThat(field(s, "bsi", "component-hash-sha512").share()).isEqualTo(100);
    assertThat(field(s, "bsi", "component-filename").share()).isEqualTo(100);
    // "maybe" is not a value of BSI's taxonomy
    assertThat(field(s, "bsi", "component-structured").malformed()).isEqualTo(1);
    assertThat(s.quality().standard("bsi").conformant()).isFalse();
    assertThat(s.quality().standard("bsi").failing()).containsExactly("component-structured");
  }

  @Test
  void readsTheMavenPluginsXmlAndDropsTheDefaultJarType() {
    Detection d = read("cyclonedx-maven-plugin.bom.xml");

    assertThat(d.problems()).isEmpty();
    assertThat(d.projects()).extracting(Component::ref).containsExactly("pkg:maven/nl.gemeente/vergunningen@1.4.2");
    assertThat(d.components()).extracting(Component::ref, Component::scope).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("pkg:maven/com.google.guava/guava@33.4.8-jre", Scope.RUNTIME),
        org.assertj.core.groups.Tuple.tuple("pkg:maven/junit/junit@4.13.2", Scope.BUILD));
    Component guava = d.components().stream().filter(c -> c.name().equals("guava")).findFirst().orElseThrow();
    assertThat(guava.organization().name()).isEqualTo("Google");
    assertThat(guava.hashes()).containsEntry("SHA-1", "e70a3268e6cd3e7d458aa15787ce6811c34e96ae");
    SupplierSbom s = sbom(d);
    assertThat(s.formatName()).isEqualTo("CycloneDX 1.5");
    assertThat(s.encoding()).isEqualTo("xml");
    // junit's license is a name, not an SPDX id
    assertThat(field(s, "bsi", "component-license").malformed()).isEqualTo(1);
  }

  @Test
  void readsATrivyImageBomWithOsPackages() {
    Detection d = read("trivy-image.cdx.json");

    assertThat(d.problems()).isEmpty();
    assertThat(d.components()).extracting(Component::ref).contains("pkg:maven/org.postgresql/postgresql@42.7.4");
    assertThat(d.components()).anySatisfy(c -> assertThat(c.purl()).startsWith("pkg:deb/debian/libssl3@"));
    assertThat(d.components()).allSatisfy(c -> assertThat(c.direct()).isTrue());
  }

  @Test
  void aSchemaInvalidBomIsReadAsFarAsItGoesAndSaysWhereItIsWrong() {
    Detection d = read("invalid-hash.cdx.json");

    // the bad hash is a schema error at its line; the unknown type loses only that component
    assertThat(d.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
    assertThat(d.problems()).anySatisfy(p -> {
      assertThat(p.message()).contains("not valid CycloneDX 1.4");
      assertThat(p.location().file()).isEqualTo("invalid-hash.cdx.json");
      assertThat(p.location().line()).isBetween(14, 16);
    });
    assertThat(d.problems()).anySatisfy(p -> {
      assertThat(p.message()).contains("cannot read component 1");
      assertThat(p.location().line()).isEqualTo(18);
    });
    assertThat(d.components()).extracting(Component::name).containsExactlyInAnyOrder("requests", "idna");
    SupplierSbom s = sbom(d);
    assertThat(s.valid()).isFalse();
    assertThat(field(s, "cra", "machine-readable").present()).isZero();
  }

  @Test
  void brokenJsonIsOneProblemWithItsLine() {
    Detection d = read("broken-syntax.cdx.json");

    assertThat(d.components()).isEmpty();
    assertThat(d.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
      assertThat(p.location().line()).isEqualTo(6);
      assertThat(p.message()).contains("not valid JSON");
    });
  }
}

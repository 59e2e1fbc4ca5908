package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import org.cyclonedx.Format;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Hash;
import org.junit.jupiter.api.Test;

/** The schema validation before writing really runs, and really rejects. */
class BomValidationTest {

  @Test
  void aJsonBomAgainstTheSchemaIsRejectedWithTheValidatorsMessages() {
    String broken = """
        {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
         "components": [{"type": "library", "scope": "sometimes"}]}
        """;

    assertThatThrownBy(() -> BomRenderer.validate(broken.getBytes(StandardCharsets.UTF_8), Format.JSON))
        .isInstanceOfSatisfying(BomValidationException.class, e -> {
          assertThat(e.messages()).isNotEmpty();
          assertThat(e.getMessage()).contains("CycloneDX 1.6 schema").contains("a bug in Autonomy");
        });
  }

  @Test
  void anXmlBomAgainstTheSchemaIsRejected() {
    String broken = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
          <components><component type="library"><version>1.0</version></component></components>
        </bom>
        """;

    assertThatThrownBy(() -> BomRenderer.validate(broken.getBytes(StandardCharsets.UTF_8), Format.XML))
        .isInstanceOfSatisfying(BomValidationException.class, e -> assertThat(e.messages()).isNotEmpty());
  }

  @Test
  void anInvalidBomIsNeverRendered() {
    Bom bom = new CycloneDxMapper().map(SampleResults.springBootOnAzure());
    bom.getMetadata().getComponent().setHashes(List.of(new Hash("SHA-256", "not-a-hash")));

    assertThatThrownBy(() -> BomRenderer.render(bom, Format.JSON)).isInstanceOf(BomValidationException.class);
    assertThatThrownBy(() -> BomRenderer.render(bom, Format.XML)).isInstanceOf(BomValidationException.class);
  }

  @Test
  void aComponentThatCannotBeWrittenValidlyIsLeftOutAndNamedTheRestSurvives() throws Exception {
    for (Format format : List.of(Format.JSON, Format.XML)) {
      Bom bom = new CycloneDxMapper().map(SampleResults.springBootOnAzure());
      int before = bom.getComponents().size();
      org.cyclonedx.model.Component broken = bom.getComponents().get(3);
      broken.setHashes(List.of(new Hash("SHA-256", "not-a-hash")));

      String text = new String(BomRenderer.render(bom, format), StandardCharsets.UTF_8);

      assertThat(text).doesNotContain("not-a-hash").contains(bom.getComponents().get(0).getBomRef())
          .contains("cannot be written as valid CycloneDX 1.6; it is left out")
          .contains(broken.getPurl() != null ? broken.getPurl() : broken.getBomRef());
      assertThat(bom.getComponents()).hasSize(before - 1);
      BomRenderer.validate(text.getBytes(StandardCharsets.UTF_8), format);
    }
  }

  @Test
  void hashesTheSchemaWouldRejectAreLeftOutSoTheBomStaysValid() throws Exception {
    Component c = Component.builder("pkg:npm/left-pad@1.3.0", Ecosystem.NPM, "left-pad").version("1.3.0")
        .hash("SHA-512", "sQwCS5ZsJx5OF1mk6TQ+9l9KcQ2DrC/ktNzw8LOymldFzhGqMz5ZwBvQY+2Ts95OwY1uZqXyoLLBi/D2o9g7kQ==")
        .hash("SHA-224", "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f")
        .hash("SHA-1", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb1")
        .hash("SHA-256", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")
        .build();

    org.cyclonedx.model.Component cdx = ComponentMapper.map(c);

    assertThat(cdx.getHashes()).extracting(h -> h.getAlgorithm() + "=" + h.getValue())
        .containsExactly("SHA-256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}

package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.cyclonedx.Format;
import org.junit.jupiter.api.Test;

/**
 * The streaming validation of large BOMs ({@link BomSchemaCheck}) loses nothing the whole-document
 * validation found: a bad component past the first chunk is still rejected, and the one identity
 * constraint of the XSD (unique {@code bom-ref}), which Xerces checked in quadratic time and is now
 * checked with a hash set, still holds — in JSON too, where the schema never checked it.
 */
class StreamingValidationTest {

  private static String jsonBom(int components, int badAt, int duplicateOf) {
    StringBuilder s = new StringBuilder("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"version\": 1,"
        + " \"metadata\": {\"component\": {\"type\": \"application\", \"name\": \"groot\", \"bom-ref\": \"root\"}},"
        + " \"components\": [");
    for (int i = 0; i < components; i++) {
      String ref = i == duplicateOf + 1 && duplicateOf >= 0 ? "c" + duplicateOf : "c" + i;
      s.append(i == 0 ? "" : ",").append("{\"type\": \"library\", \"name\": \"n").append(i).append("\", \"bom-ref\": \"")
          .append(ref).append("\", \"scope\": \"").append(i == badAt ? "sometimes" : "required").append("\"}");
    }
    s.append("], \"dependencies\": [");
    for (int i = 0; i < components; i++) {
      s.append(i == 0 ? "" : ",").append("{\"ref\": \"c").append(i).append("\"}");
    }
    return s.append("]}").toString();
  }

  private static void validate(String text, Format format) throws Exception {
    BomRenderer.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
  }

  @Test
  void aLargeValidJsonBomPassesInChunks() throws Exception {
    validate(jsonBom(3 * BomSchemaCheck.CHUNK + 17, -1, -1), Format.JSON);
  }

  @Test
  void anInvalidComponentPastTheFirstChunkIsStillRejected() {
    assertThatThrownBy(() -> validate(jsonBom(3 * BomSchemaCheck.CHUNK, 2 * BomSchemaCheck.CHUNK + 5, -1), Format.JSON))
        .isInstanceOfSatisfying(BomValidationException.class, e -> assertThat(e.messages()).isNotEmpty());
  }

  @Test
  void aDuplicateBomRefInJsonIsRejectedEvenInDifferentChunks() {
    assertThatThrownBy(() -> validate(jsonBom(2 * BomSchemaCheck.CHUNK + 10, -1, BomSchemaCheck.CHUNK + 3), Format.JSON))
        .isInstanceOfSatisfying(BomValidationException.class,
            e -> assertThat(e.messages()).anyMatch(m -> m.contains("bom-ref c" + (BomSchemaCheck.CHUNK + 3))));
  }

  @Test
  void aDuplicateBomRefInXmlIsStillRejected() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
          <components>
            <component type="library" bom-ref="a"><name>one</name></component>
            <component type="library" bom-ref="a"><name>two</name></component>
          </components>
        </bom>
        """;
    assertThatThrownBy(() -> validate(xml, Format.XML))
        .isInstanceOfSatisfying(BomValidationException.class,
            e -> assertThat(e.messages()).anyMatch(m -> m.contains("bom-ref a")));
  }
}

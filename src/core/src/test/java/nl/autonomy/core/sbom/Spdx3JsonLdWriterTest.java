package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.source.SbomFiles;
import org.junit.jupiter.api.Test;
import org.spdx.library.model.v3_0_1.core.SpdxDocument;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.v3jsonldstore.JsonLDStore;

class Spdx3JsonLdWriterTest {

  @Test
  void writesAnSpdx301DocumentTheSpdxLibraryReadsBackAndVerifies() throws Exception {
    ScanResult result = SampleResults.springBootOnAzure();
    byte[] jsonld = Spdx3JsonLdWriter.render(result);
    String text = new String(jsonld, StandardCharsets.UTF_8);
    assertThat(SbomFiles.sniff(jsonld)).contains(SbomFiles.Kind.SPDX3_JSON_LD);
    for (Component c : result.inventory().components()) {
      assertThat(text).as(c.ref()).contains(c.purl());
    }
    assertThat(text).contains("dependsOn", "hasDeclaredLicense", "3.0.1");
    JsonLDStore store = new JsonLDStore(new InMemSpdxStore());
    SpdxDocument doc = (SpdxDocument) store.deSerialize(new ByteArrayInputStream(jsonld), false);
    assertThat(doc.verify()).isEmpty();
    assertThat(doc.getRootElements()).hasSize(1);
  }

  @Test
  void theSameResultGivesTheSameBytes() throws Exception {
    ScanResult result = SampleResults.springBootOnAzure();
    assertThat(Spdx3JsonLdWriter.render(result)).isEqualTo(Spdx3JsonLdWriter.render(result));
  }
}

package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.sbom.SbomDetector;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.source.SbomFiles;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.Test;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.storage.simple.InMemSpdxStore;

/**
 * A component's copyright statements go where each standard puts them — CycloneDX {@code
 * copyright}, SPDX 2.3 {@code copyrightText} (else {@code NOASSERTION}), SPDX 3 {@code
 * software_copyrightText} — each once across sources (one a line in SPDX, joined with {@code ; } in
 * CycloneDX), in schema-valid documents that Autonomy's own readers read back.
 */
class CopyrightWritersTest {

  private static final List<String> LINES = List.of("Copyright 2002-2024 the original author or authors.",
      "Copyright (c) 2010 Jörg <jorg@example.org> & \"Söhne\" <b>");
  /** Sorted by source: the jar's NOTICE before the SBOM; the repeated line once. */
  private static final List<String> WRITTEN = List.of(LINES.get(1), LINES.get(0));

  @Test
  void cycloneDxJsonAndXmlCarryTheStatementsAndStaySchemaValid() throws Exception {
    ScanResult result = withCopyright();
    String json = CycloneDxWritersTest.write(new CycloneDxJsonWriter(), result);
    String xml = CycloneDxWritersTest.write(new CycloneDxXmlWriter(), result);

    assertThat(new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
    assertThat(new XmlParser().validate(xml.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
    // CycloneDX Core Java writes strings on one line: the statements are joined with "; "
    List<String> oneLine = List.of(String.join("; ", WRITTEN));
    assertThat(readBack("bom.cdx.json", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(oneLine);
    // CycloneDX Core Java cannot read evidence occurrences back from XML: the XML is read as a DOM
    org.w3c.dom.NodeList copyrights = XmlBoms.parse(xml).getElementsByTagNameNS("*", "copyright");
    assertThat(copyrights.getLength()).isEqualTo(1);
    assertThat(copyrights.item(0).getTextContent()).isEqualTo(oneLine.get(0));
    // one field per component, only where a source gave statements
    assertThat(json.split("\"copyright\"", -1)).hasSize(2);
  }

  @Test
  void spdx23CopyrightTextHoldsTheStatementsElseNoAssertion() throws Exception {
    ScanResult result = withCopyright();
    byte[] json = SpdxJsonWriter.render(result);

    SpdxDocument doc = new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON)
        .deSerialize(new ByteArrayInputStream(json), false);
    assertThat(doc.verify()).isEmpty();
    assertThat(readBack("bom.spdx.json", json)).isEqualTo(WRITTEN);
    String text = new String(json, StandardCharsets.UTF_8);
    assertThat(text.split("\"copyrightText\" : \"NOASSERTION\"", -1))
        .hasSize(result.inventory().components().size() + 1);
  }

  @Test
  void spdx3CarriesTheStatementsAsSoftwareCopyrightText() throws Exception {
    byte[] jsonld = Spdx3JsonLdWriter.render(withCopyright());

    assertThat(new String(jsonld, StandardCharsets.UTF_8)).contains("software_copyrightText");
    assertThat(readBack("bom.spdx3.jsonld", jsonld)).isEqualTo(WRITTEN);
  }

  /** The sample with one component's statements from two sources that repeat a line. */
  private static ScanResult withCopyright() {
    ScanResult sample = SampleResults.springBootOnAzure();
    List<Component> components = new ArrayList<>(sample.inventory().components());
    Component first = components.get(0);
    components.set(0, first.toBuilder()
        .copyright(Copyright.of("sbom", Location.of("vendor/bom.json", 12), LINES).orElseThrow())
        .copyright(Copyright.of("jar", Location.of("lib/a.jar!/META-INF/NOTICE"), List.of(LINES.get(1))).orElseThrow())
        .build());
    return new ScanResult(sample.inventory().withComponents(components), 0, sample.assessment());
  }

  /** The copyright lines Autonomy's reader finds in the written SBOM, over all components. */
  private static List<String> readBack(String name, byte[] bytes) {
    Detection d = SbomDetector.read(name, bytes, SbomFiles.sniff(bytes).orElseThrow());
    assertThat(d.problems()).as(name).isEmpty();
    return d.components().stream().flatMap(c -> c.copyrightLines().stream()).toList();
  }
}

package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import org.junit.jupiter.api.Test;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.storage.simple.InMemSpdxStore;

class SpdxJsonWriterTest {

  @Test
  void writesAnSpdx23DocumentTheSpdxLibraryReadsBackAndVerifies() throws Exception {
    ScanResult result = SampleResults.springBootOnAzure();
    byte[] json = SpdxJsonWriter.render(result);
    // what SPDX tools (and Autonomy's own reader) recognise the document by
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).contains("\"spdxVersion\" : \"SPDX-2.3\"");
    assertThat(nl.autonomy.core.source.SbomFiles.sniff(json)).contains(nl.autonomy.core.source.SbomFiles.Kind.SPDX2_JSON);

    MultiFormatStore store = new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON);
    SpdxDocument doc = store.deSerialize(new ByteArrayInputStream(json), false);
    assertThat(doc.verify()).isEmpty();
    assertThat(doc.getSpecVersion()).isEqualTo("SPDX-2.3");
    List<SpdxPackage> packages = new ArrayList<>();
    try (var all = SpdxModelFactory.getSpdxObjects(store, null, "Package", null, doc.getDocumentUri())) {
      all.map(SpdxPackage.class::cast).forEach(packages::add);
    }
    assertThat(packages).hasSize(result.inventory().components().size() + 1);
    List<String> names = new ArrayList<>();
    for (SpdxPackage p : packages) {
      names.add(p.getName().orElseThrow());
    }
    assertThat(names).containsAll(result.inventory().components().stream().map(Component::name).toList());
    assertThat(doc.getDocumentDescribes()).singleElement()
        .satisfies(e -> assertThat(e.getName()).contains(result.inventory().project().name()));
  }

  @Test
  void theSameResultGivesTheSameBytes() throws Exception {
    ScanResult result = SampleResults.springBootOnAzure();
    assertThat(SpdxJsonWriter.render(result)).isEqualTo(SpdxJsonWriter.render(result));
  }

  @Test
  void aHashThatIsNotHexOfItsAlgorithmsLengthIsLeftOutNotTheDocument() throws Exception {
    ScanResult sample = SampleResults.springBootOnAzure();
    List<Component> odd = new ArrayList<>(sample.inventory().components());
    Component first = odd.get(0);
    odd.set(0, first.toBuilder().hash("SHA-512", "x".repeat(5000)).hash("SHA-1", "a".repeat(40)).build());
    ScanResult result = new ScanResult(sample.inventory().withComponents(odd), 0, sample.assessment());
    String json = new String(SpdxJsonWriter.render(result), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("a".repeat(40)).doesNotContain("x".repeat(5000));
    MultiFormatStore store = new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON);
    assertThat(store.deSerialize(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false)
        .verify()).isEmpty();
  }

  /**
   * The streamed document is byte for byte what the SPDX library's model and spdx-jackson-store
   * write for the same result: many packages and vendors, odd characters, several hashes, a
   * delivered archive's file name, duplicate and self edges, declared and unknown licenses.
   */
  @Test
  void theStreamWritesTheSameBytesAsTheLibrarysModel() throws Exception {
    ScanResult sample = SampleResults.springBootOnAzure();
    List<Component> varied = new ArrayList<>(sample.inventory().components());
    Component first = varied.get(0);
    varied.set(0, first.toBuilder().hash("SHA-512", "b".repeat(128)).hash("SHA-1", "a".repeat(40))
        .hash("SHA-256", "C".repeat(64)).property("autonomy:archive", "lib/x (1).jar")
        .property("autonomy:hash:source", "delivered").build());
    ScanResult hashed = new ScanResult(sample.inventory().withComponents(varied), 0, sample.assessment());
    List<ScanResult> results = List.of(sample, SampleResults.oddCharacters(), SampleResults.withProblems(),
        SampleResults.empty(), nl.autonomy.core.report.ReportResults.large(1500), CopyrightWritersTest.withCopyright());
    for (ScanResult result : results) {
      assertThat(new String(SpdxJsonWriter.render(result), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(new String(SpdxJsonWriter.renderWithModel(result), java.nio.charset.StandardCharsets.UTF_8));
    }
    // several checksums of one package: the same document, the checksums sorted by algorithm (the
    // library's order was the hash order of its generated ids)
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode streamed = mapper.readTree(SpdxJsonWriter.render(hashed));
    com.fasterxml.jackson.databind.JsonNode model = mapper.readTree(SpdxJsonWriter.renderWithModel(hashed));
    com.fasterxml.jackson.databind.node.ArrayNode sums =
        (com.fasterxml.jackson.databind.node.ArrayNode) model.get("packages").get(1).get("checksums");
    List<com.fasterxml.jackson.databind.JsonNode> sorted = new ArrayList<>();
    sums.forEach(sorted::add);
    sorted.sort(java.util.Comparator.comparing(n -> n.get("algorithm").asText()));
    sums.removeAll().addAll(sorted);
    assertThat(streamed.get("packages").get(1).get("checksums").findValuesAsText("algorithm"))
        .containsExactly("SHA1", "SHA256", "SHA512");
    assertThat(streamed).isEqualTo(model);
  }

  @Test
  void aLicenseRefIsWrittenWithItsExtractedLicensingInfo() throws Exception {
    ScanResult sample = SampleResults.springBootOnAzure();
    List<Component> odd = new ArrayList<>(sample.inventory().components());
    odd.set(0, odd.get(0).toBuilder().license(new nl.autonomy.core.model.LicenseInfo("LicenseRef-gemeente-1",
        nl.autonomy.core.model.LicenseCategory.PROPRIETARY, "declared")).build());
    ScanResult result = new ScanResult(sample.inventory().withComponents(odd), 0, sample.assessment());
    byte[] json = SpdxJsonWriter.render(result);
    assertThat(json).isEqualTo(SpdxJsonWriter.renderWithModel(result));
    MultiFormatStore store = new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON);
    assertThat(store.deSerialize(new ByteArrayInputStream(json), false).verify()).isEmpty();
  }
}

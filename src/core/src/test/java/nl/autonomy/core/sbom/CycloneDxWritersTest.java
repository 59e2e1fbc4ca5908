package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.Golden;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.w3c.dom.Document;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CycloneDxWritersTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("spring-boot-azure", SampleResults.springBootOnAzure()),
        Arguments.of("with-problems", SampleResults.withProblems()),
        Arguments.of("empty", SampleResults.empty()),
        Arguments.of("odd-characters", SampleResults.oddCharacters()));
  }

  static String write(ReportWriter writer, ScanResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(result, WriterOptions.defaults(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonIsSchemaValidAndMatchesItsGoldenFile(String name, ScanResult result) throws Exception {
    String json = write(new CycloneDxJsonWriter(), result);
    assertThat(new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
    Golden.assertMatches(json, name + ".bom.cdx.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void xmlIsSchemaValidAndMatchesItsGoldenFile(String name, ScanResult result) throws Exception {
    String xml = write(new CycloneDxXmlWriter(), result);
    assertThat(new XmlParser().validate(xml.getBytes(StandardCharsets.UTF_8), Version.VERSION_16)).isEmpty();
    Golden.assertMatches(xml, name + ".bom.cdx.xml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonAndXmlDescribeTheSameBom(String name, ScanResult result) throws Exception {
    // CycloneDX Core Java 12.2.0's XmlParser cannot read evidence occurrences back, so the XML is
    // compared through the DOM rather than through the library's model.
    Bom fromJson = new JsonParser().parse(write(new CycloneDxJsonWriter(), result).getBytes(StandardCharsets.UTF_8));
    Document xml = XmlBoms.parse(write(new CycloneDxXmlWriter(), result));
    assertThat(xml.getDocumentElement().getAttribute("serialNumber")).isEqualTo(fromJson.getSerialNumber());
    List<String> jsonRefs = fromJson.getComponents() == null ? List.of()
        : fromJson.getComponents().stream().map(org.cyclonedx.model.Component::getBomRef).toList();
    assertThat(XmlBoms.componentRefs(xml)).isEqualTo(jsonRefs);
    assertThat(XmlBoms.dependencies(xml)).isEqualTo(Boms.dependencies(fromJson));
  }
}

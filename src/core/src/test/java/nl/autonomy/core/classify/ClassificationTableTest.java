package nl.autonomy.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classification table: every row names a purl (with what it declares) and the vendor, basis,
 * license category and service it must come out with, across Maven, npm, PyPI, NuGet, Go and
 * Terraform providers, including the traps (Google and Microsoft libraries that are no service).
 */
class ClassificationTableTest {

  record Row(String purl, List<String> declared, Map<String, String> organization, String vendor, String basis,
      String category, String service, String license, String licenseBasis, String owner, String country,
      String note) {

    @Override
    public String toString() {
      return purl;
    }
  }

  private static final Classifier CLASSIFIER = new Classifier(new CatalogLoader().loadDefault());

  static List<Row> rows() throws IOException {
    ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try (InputStream in = ClassificationTableTest.class.getResourceAsStream("classification-table.yaml")) {
      return List.of(yaml.readValue(in, Table.class).rows());
    }
  }

  record Table(Row[] rows) {
  }

  static Stream<Row> table() throws IOException {
    return rows().stream();
  }

  @Test
  void tableCoversEveryEcosystemWithAtLeast150Rows() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    assertThat(rows).extracting(r -> r.purl().substring(4, r.purl().indexOf('/')))
        .contains("maven", "npm", "pypi", "nuget", "golang", "terraform");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void classifiesAsTheTableSays(Row row) {
    Organization org = row.organization() == null ? null
        : new Organization(row.organization().get("name"), row.organization().get("url"));
    Component c = CLASSIFIER.classify(TestComponents.of(row.purl(), row.declared(), org));

    assertThat(c.vendor().id()).as("vendor").isEqualTo(row.vendor());
    assertThat(c.vendor().basis().id()).as("vendor basis").isEqualTo(row.basis());
    assertThat(c.license().category().id()).as("license category of " + c.license()).isEqualTo(row.category());
    assertThat(c.services()).as("services").isEqualTo("none".equals(row.service()) ? List.of() : List.of(row.service()));
    if (row.license() != null) {
      assertThat(c.license().expression()).as("license expression").isEqualTo(row.license());
    }
    if (row.licenseBasis() != null) {
      assertThat(c.license().basis()).as("license basis").isEqualTo(row.licenseBasis());
    }
    if (row.owner() != null) {
      assertThat(c.vendor().owner()).as("owner").isEqualTo(row.owner());
    }
    if (row.country() != null) {
      assertThat(c.vendor().country()).as("country").isEqualTo(row.country());
    }
  }
}

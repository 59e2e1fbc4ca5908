package nl.autonomy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of catalog mistake is reported with file, line and column, and nothing loads. */
class CatalogValidationTest {

  private final CatalogLoader loader = new CatalogLoader();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown-key.yaml        | 7 | 5  | unknown key 'lockin'",
      "duplicate-id.yaml       | 8 | 9  | duplicate id 'gemeente-amsterdam' in vendors",
      "unknown-vendor.yaml     | 4 | 13 | names unknown vendor 'gemeente-amsterdam'",
      "malformed-purl.yaml     | 9 | 9  | purl pattern 'maven/nl.amsterdam.parkeren/*' must start with 'pkg:'",
      "bad-lock-in.yaml        | 6 | 14 | expected one of: proprietary-api, open-protocol, self-hostable",
      "bad-version-range.yaml  | 4 | 15 | malformed version bound '<<3'",
  })
  void reportsTheMistakeWithFileLineAndColumn(String fixture, int line, int column, String message)
      throws URISyntaxException {
    Path file = fixture(fixture);

    List<CatalogProblem> problems = loader.validate(file);

    assertThat(problems).hasSize(1);
    CatalogProblem p = problems.get(0);
    assertThat(p.file()).isEqualTo(file.toString());
    assertThat(p.line()).as(p.toString()).isEqualTo(line);
    assertThat(p.column()).as(p.toString()).isEqualTo(column);
    assertThat(p.message()).contains(message);
    assertThat(p.toString()).startsWith(file + ":" + line + ":" + column + ": ");
    assertThatThrownBy(() -> loader.load(List.of(file)))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining(file + ":" + line + ":" + column);
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(CatalogValidationTest.class.getResource(name).toURI());
  }
}

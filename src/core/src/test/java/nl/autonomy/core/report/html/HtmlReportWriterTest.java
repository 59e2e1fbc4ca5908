package nl.autonomy.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.Golden;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.report.ReportResults;
import nl.autonomy.core.report.ReportWriters;
import nl.autonomy.core.report.WriterOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** report.html as text: structure against golden files, escaping, language, no way to fetch anything. */
class HtmlReportWriterTest {

  private static final WriterOptions ENGLISH = WriterOptions.defaults();
  private static final WriterOptions DUTCH = new WriterOptions(Locale.forLanguageTag("nl"));
  private final HtmlReportWriter writer = new HtmlReportWriter();


  @ParameterizedTest(name = "{0}")
  @MethodSource("nl.autonomy.core.report.ReportResults#goldenCases")
  void thePageMatchesItsGoldenStructure(String name, ScanResult result, WriterOptions options) {
    Golden.assertMatches(normalised(writer.render(result, options), result), name + ".report.html");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nl.autonomy.core.report.ReportResults#goldenCases")
  void thePageCanFetchNothing(String name, ScanResult result, WriterOptions options) {
    String html = writer.render(result, options);
    assertThat(html).contains("http-equiv=\"Content-Security-Policy\" content=\"" + Html.escape(HtmlReportWriter.CSP) + "\"");
    assertThat(html).doesNotContainPattern("<(script|img|link|iframe|object|embed)[^>]*\\s(src|href)=\"(?!data:)");
    assertThat(html).doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void theSectionsComeInTheOrderReadersNeedThem() {
    String html = writer.render(ReportResults.springBootOnAzure(), ENGLISH);
    assertThat(html).containsSubsequence("id=\"answer\"", "id=\"verdict\"", "id=\"services\"", "id=\"findings\"",
        "id=\"ownership\"", "id=\"components\"", "id=\"problems\"", "id=\"provenance\"");
    assertThat(html).contains("Azure Blob Storage", "src/main/resources/application.yml:12", "MinIO, Ceph RGW",
        "S3 API", "Microsoft Corporation", "3f9a1c0de4b5a6978877665544332211aabbccdd", "2026-01-01T00:00:00Z");
  }

  @Test
  void theLockInStagesJudgementIsShownWithEachService() {
    String html = writer.render(ReportResults.scannedFixture(), ENGLISH);
    assertThat(html).containsSubsequence("<h3>Azure Blob Storage</h3>", "Exit effort", "The vendor&#39;s own service",
        "manifest, endpoint", "src/main/resources/application.properties:2");
    assertThat(html).contains("Declared, imported by no code (the notes say what that means here)");
  }

  @Test
  void everyScannedValueIsEscaped() {
    String html = writer.render(ReportResults.oddCharacters(), ENGLISH);
    assertThat(html).doesNotContain("<!-- ü").doesNotContain("<intern>").doesNotContain("\u0007");
    assertThat(html).contains("bücherei app", "kaart viewer", "地図");
    assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>\u0001"))
        .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;\uFFFD");
  }

  @Test
  void dutchGivesDutchLabelsAndTheAnswerInDutch() {
    ScanResult result = ReportResults.springBootOnAzure();
    String html = writer.render(result, DUTCH);
    assertThat(html).contains("lang=\"nl\"", "Clouddiensten", "Bevindingen", "Vertrouwelijkheid", "AFGEKEURD")
        .contains("autonoom").doesNotContain(">Cloud services<")
        .contains("7 nieuwe bevindingen van warning of hoger zonder ontheffing.");
    assertThat(writer.render(result, ENGLISH)).contains(result.assessment().answer());
  }

  @Test
  void theSameResultGivesTheSameBytesWhateverTheInputOrder() {
    WriterOptions options = ENGLISH;
    String first = writer.render(SampleResults.springBootOnAzure(), options);
    assertThat(writer.render(SampleResults.springBootOnAzureShuffled(7), options)).isEqualTo(first);
  }

  @Test
  void aFewThousandComponentsAreAllRenderedAsRows() {
    ScanResult large = ReportResults.large(3000);
    String html = writer.render(large, ENGLISH);
    String table = html.substring(html.indexOf("id=\"component-table\""));
    Matcher rows = Pattern.compile("<tr><th scope=\"row\">").matcher(table.substring(0, table.indexOf("</table>")));
    assertThat(rows.results().count()).isEqualTo(large.inventory().components().size());
  }

  @Test
  void theWriterIsRegisteredAsHtml() {
    assertThat(ReportWriters.load().select(java.util.List.of("html")))
        .singleElement().satisfies(w -> assertThat(w.fileName()).isEqualTo("report.html"));
  }

  /**
   * The page's constant style and script are not structure; the policy digest changes with the
   * policy and the tool version with each release.
   */
  static String normalised(String html, ScanResult result) {
    String out = html.replaceAll("(?s)<style>.*?</style>", "<style>…</style>")
        .replaceAll("(?s)<script>.*?</script>", "<script>…</script>")
        .replace("Autonomy " + result.inventory().provenance().toolVersion(), "Autonomy TOOL-VERSION");
    if (result.assessment() != null) {
      out = out.replace(result.assessment().policyDigest(), "POLICY-DIGEST");
    }
    return out;
  }
}

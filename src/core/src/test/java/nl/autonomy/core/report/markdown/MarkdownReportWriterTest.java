package nl.autonomy.core.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.Golden;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.report.ReportResults;
import nl.autonomy.core.report.ReportWriters;
import nl.autonomy.core.report.WriterOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** report.md: golden files, the order a reviewer reads in, escaping, and the size cap. */
class MarkdownReportWriterTest {

  private static final WriterOptions ENGLISH = WriterOptions.defaults();
  private static final WriterOptions DUTCH = new WriterOptions(Locale.forLanguageTag("nl"));
  private final MarkdownReportWriter writer = new MarkdownReportWriter();


  @ParameterizedTest(name = "{0}")
  @MethodSource("nl.autonomy.core.report.ReportResults#goldenCases")
  void theCommentMatchesItsGoldenFile(String name, ScanResult result, WriterOptions options) {
    String md = writer.render(result, options);
    String normalised = md.replace("Autonomy " + result.inventory().provenance().toolVersion(), "Autonomy TOOL-VERSION");
    if (result.assessment() != null) {
      normalised = normalised.replace(result.assessment().policyDigest(), "POLICY-DIGEST");
    }
    Golden.assertMatches(normalised, name + ".report.md");
    assertThat(md.length()).isLessThan(Markdown.HARD_LIMIT);
  }

  @Test
  void theProvenanceCountsTheHostsNoCatalogKnows() {
    ScanResult result = ReportResults.withProblems().withUnrecognisedEndpoints(new nl.autonomy.core.model.UnrecognisedEndpoints(
        List.of(new nl.autonomy.core.model.UnrecognisedEndpoint("api.mollie.com", nl.autonomy.core.model.EndpointKind.URL,
            "https://api.mollie.com", 2, List.of())), 4, 3, 0));
    assertThat(writer.render(result, ENGLISH)).contains("Hosts no catalog knows").contains("5 in the configuration");
    assertThat(writer.render(result, DUTCH)).contains("5 in de configuratie");
    assertThat(writer.render(ReportResults.withProblems(), ENGLISH)).doesNotContain("Hosts no catalog knows");
  }

  @Test
  void newFindingsAndServicesComeBeforeTheCollapsedDetails() {
    String md = writer.render(ReportResults.withProblems(), ENGLISH);
    assertThat(md).containsSubsequence("**FAIL**", "| **Overall** |", "### New findings", "### Cloud services",
        "| Azure Blob Storage | Microsoft Corporation | US | Proprietary API |", "<details>", "</details>");
    assertThat(count(md, "<details>")).isEqualTo(count(md, "</details>"));
  }

  @Test
  void aProjectOfFiveThousandComponentsStaysUnderTheLimitAndPointsToTheHtml() {
    ScanResult large = ReportResults.large(5000);
    String md = writer.render(large, ENGLISH);
    assertThat(md.length()).isLessThanOrEqualTo(Markdown.HARD_LIMIT);
    assertThat(count(md, "<details>")).isEqualTo(count(md, "</details>"));
    assertThat(md).containsSubsequence("### New findings (2250)", "| Warning |", "... and 2,150 more: see report.html.",
        "### Cloud services (3)", "| Azure Blob Storage |", "Existing and waived findings (2750)", "... and 2,650 more");
    String dutch = writer.render(large, DUTCH);
    assertThat(dutch.length()).isLessThanOrEqualTo(Markdown.HARD_LIMIT);
    assertThat(dutch).contains("zie report.html");
  }

  @Test
  void whatDoesNotFitTheBudgetIsLeftOutWithAPointerToTheHtml() {
    ScanResult large = ReportResults.large(5000);
    String md = MarkdownReportWriter.render(large, ENGLISH, new Markdown(20_000));
    assertThat(md.length()).isBetween(15_000, 22_000);
    assertThat(md).endsWith("report.html has everything.\n").contains("see report.html");
    assertThat(count(md, "<details>")).isEqualTo(count(md, "</details>"));
    assertThat(Markdown.HARD_LIMIT).isLessThan(65_536);
  }

  @Test
  void tablesKeepTheirShapeWhateverTheValues() {
    String md = writer.render(ReportResults.large(20), ENGLISH);
    for (String line : md.lines().filter(l -> l.startsWith("| Warning |")).toList()) {
      assertThat(line.replace("\\|", "").replace("&#124;", "").chars().filter(c -> c == '|').count())
          .as(line).isEqualTo(7);
    }
    assertThat(md).doesNotContain("pakket-0|met");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "a|b => a&#124;b",
      "<script>alert(1)</script> => &lt;script&gt;alert(1)&lt;/script&gt;",
      "**bold** _it_ [link](x) `code` => \\*\\*bold\\*\\* \\_it\\_ \\[link\\](x) \\`code\\`"})
  void valuesCannotBreakOutOfTheirCell(String value, String escaped) {
    assertThat(Markdown.escape(value)).isEqualTo(escaped);
  }

  @Test
  void codeSpansKeepBackticksAndPipesInside() {
    assertThat(Markdown.code("a`b|c")).isEqualTo("`a'b\\|c`");
    assertThat(Markdown.escape("line\nbreak\r\tend")).isEqualTo("line break  end");
  }

  @Test
  void oddCharactersAreWrittenAsText() {
    String md = writer.render(ReportResults.oddCharacters(), ENGLISH);
    assertThat(md).contains("bücherei app").doesNotContain("<intern>").doesNotContain("\u0007");
  }

  @Test
  void theSameResultGivesTheSameText() {
    assertThat(writer.render(SampleResults.springBootOnAzureShuffled(3), ENGLISH))
        .isEqualTo(writer.render(SampleResults.springBootOnAzure(), ENGLISH));
  }

  @Test
  void theWriterIsRegisteredAsMarkdown() {
    assertThat(ReportWriters.load().select(List.of("markdown")))
        .singleElement().satisfies(w -> assertThat(w.fileName()).isEqualTo("report.md"));
  }

  private static long count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}

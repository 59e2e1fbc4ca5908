package nl.autonomy.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ReportResults;
import org.junit.jupiter.api.Test;

/** The console summary in Dutch with --lang nl, English otherwise, the same bytes every time. */
class SummaryLanguageTest {

  @Test
  void theDutchSummaryHasDutchLabelsVerdictAnswerAndFindings() {
    ScanResult result = ReportResults.springBootOnAzure();
    List<String> nl = new SummaryRenderer(false, Locale.forLanguageTag("nl")).render(result, List.of(Path.of("out/report.json")), 1200);
    String text = String.join("\n", nl);
    assertThat(text).contains("Autonomy-scan van", "Componenten", "Oordeel     AFGEKEURD volgens beleid 'default'",
        "Antwoord", "% autonoom", "Bevindingen", "vertrouwelijkheid", "Geschreven  out/report.json", "Tijd        1.2 s",
        "bindt deze code aan Microsoft Corporation");
    assertThat(text).doesNotContain("Verdict", "Findings", "ties this code");
    assertThat(new SummaryRenderer(false, Locale.forLanguageTag("nl")).render(result, List.of(), 1200))
        .isEqualTo(new SummaryRenderer(false, Locale.forLanguageTag("nl")).render(result, List.of(), 1200));
  }

  @Test
  void englishIsTheDefault() {
    String text = String.join("\n", new SummaryRenderer(false).render(ReportResults.springBootOnAzure(), List.of(), 0));
    assertThat(text).contains("Autonomy scan of", "Verdict     FAIL against policy 'default'", "ties this code");
  }
}

package nl.autonomy.core.report.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.ReportView;

/**
 * {@code report.md}: the result as a pull-request comment or wiki page. The verdict, the scores,
 * the new findings and the services come first; the rest sits in collapsed {@code <details>}. The
 * text never exceeds {@value Markdown#HARD_LIMIT} characters, however large the project: what does
 * not fit is left out with a pointer to report.html.
 */
public final class MarkdownReportWriter implements ReportWriter {

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String fileName() {
    return "report.md";
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    out.write(render(result, options).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  public String render(ScanResult result, WriterOptions options) {
    return render(result, options, new Markdown());
  }

  static String render(ScanResult result, WriterOptions options, Markdown md) {
    ReportTexts t = ReportTexts.of(options.locale());
    String project = Markdown.escape(ReportView.componentName(result.inventory().project()));
    md.add("## " + t.format("title.of", project) + "\n\n");
    Assessment a = result.assessment();
    if (a == null) {
      md.add(t.get("answer.notAssessed") + "\n");
    } else {
      summary(md, result, t);
    }
    if (result.changes() != null) {
      ChangesMarkdown.section(md, result.changes(), t);
    }
    MarkdownSections sections = new MarkdownSections(md, result, t);
    sections.newFindings();
    sections.services();
    waysOut(md, result, t);
    sections.otherFindings();
    sections.ownership();
    sections.problems();
    sections.provenance();
    if (md.truncated()) {
      md.close("\n> " + t.get("md.truncated") + "\n");
    }
    return md.toString();
  }

  private static void summary(Markdown md, ScanResult result, ReportTexts t) {
    Assessment a = result.assessment();
    String verdict = "**" + t.label("verdict", a.verdict()) + "**";
    String policy = Markdown.code(a.policyId());
    md.add((a.verdict() == Verdict.PASS ? ":white_check_mark: " : ":x: ") + t.format("verdict.against", verdict, policy)
        + ": " + Markdown.escape(ReportView.verdictReason(a, t.locale())) + "\n\n");
    md.add("> " + Markdown.escape(ReportView.answer(a, t.locale())) + "\n");
    String partial = ReportView.partial(a, t);
    if (partial != null) {
      md.add(">\n> :warning: " + Markdown.escape(partial) + "\n");
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("**" + t.get("score.overall") + "**", "**" + score(a.score().overall()) + "**"));
    for (AspectScore s : a.score().aspects()) {
      rows.add(List.of(t.label("aspect", s.aspect()), score(s.score())));
    }
    md.table(List.of(t.get("score.aspect"), t.get("score.score")), rows);
    String coverage = ReportView.coverage(result, t);
    if (coverage != null) {
      md.add("\n" + Markdown.escape(coverage) + "\n");
    }
  }

  /** The three exits that gain the most points per effort point, pointing to the exit plan. */
  private static void waysOut(Markdown md, ScanResult result, ReportTexts t) {
    if (result.waysOut() == null || result.assessment() == null) {
      return;
    }
    nl.autonomy.core.report.view.ExitPlanTexts x = new nl.autonomy.core.report.view.ExitPlanTexts(t);
    List<nl.autonomy.core.model.ExitOption> top = nl.autonomy.core.report.view.ExitPlanTexts.top(result.waysOut(), 3);
    md.add("\n### " + t.get("section.waysOut") + "\n\n");
    if (top.isEmpty()) {
      md.add(t.format("waysOut.none") + "\n");
    } else {
      md.add(t.format("waysOut.intro") + "\n\n");
      for (int i = 0; i < top.size(); i++) {
        md.add((i + 1) + ". " + Markdown.escape(x.wayOut(top.get(i))) + "\n");
      }
    }
    md.add("\n" + Markdown.escape(t.format("waysOut.more")) + "\n");
  }

  private static String score(double value) {
    return String.format(Locale.ROOT, "%d / 100", nl.autonomy.core.model.Score.whole(value));
  }
}

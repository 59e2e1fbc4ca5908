package nl.autonomy.core.report.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.ReportView;

/**
 * {@code report.html}: one self-contained page for people (council, procurement, teams). Inline
 * CSS, script and SVG only; a Content-Security-Policy forbids every request, so the page works
 * from disk, offline, and cannot leak that it was opened. Prints well enough to attach as PDF.
 */
public final class HtmlReportWriter implements ReportWriter {

  /** Nothing may be fetched: inline style and script only, images only as data: URIs. */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

  private static final String CSS = HtmlResources.CSS;
  private static final String SCRIPT = HtmlResources.SCRIPT;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    out.write(render(result, options).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The whole page as text. */
  public String render(ScanResult result, WriterOptions options) {
    ReportTexts t = ReportTexts.of(options.locale());
    String project = ReportView.componentName(result.inventory().project());
    Html h = new Html();
    h.raw("<!DOCTYPE html>").newline().open("html", "lang", t.language()).newline().open("head").newline()
        .raw("<meta charset=\"utf-8\">").newline()
        .open("meta", "http-equiv", "Content-Security-Policy", "content", CSP).newline()
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").newline()
        .raw("<meta name=\"referrer\" content=\"no-referrer\">").newline()
        .raw("<link rel=\"icon\" href=\"data:,\">").newline()
        .element("title", t.format("title.of", project)).newline()
        .open("style").raw(CSS).close("style").newline()
        .close("head").newline().open("body").newline();
    header(h, t, project, WaysOutSection.present(result), result);
    h.open("main").newline();
    SummarySection.render(h, result, t);
    ChangesSection.render(h, result, t);
    ServiceSection.render(h, result, t);
    WaysOutSection.render(h, result, t);
    FindingSection.render(h, result, t);
    OwnershipSection.render(h, result, t);
    EuCsfSection.render(h, result, t);
    SbomQualitySection.render(h, result, t);
    ComponentSection.render(h, result, t);
    ScanSections.problems(h, result, t);
    ScanSections.provenance(h, result, t);
    h.close("main").newline()
        .open("footer").open("p").text(t.format("footer", result.inventory().provenance().toolVersion()))
        .close("p").close("footer").newline()
        .open("script").raw(SCRIPT).close("script").newline()
        .close("body").newline().close("html").newline();
    return h.toString();
  }

  private static void header(Html h, ReportTexts t, String project, boolean waysOut, ScanResult result) {
    h.open("header").element("h1", t.format("title.of", project)).newline()
        .open("nav", "aria-label", t.get("nav.label")).open("ul");
    for (String id : new String[] {"answer", "verdict", "services", "findings", "ownership", "eu-csf", "components",
        "problems", "provenance"}) {
      h.open("li").element("a", t.get("section." + id), "href", "#" + id).close("li");
      if (id.equals("eu-csf") && !SbomQualitySection.judged(result).isEmpty()) {
        h.open("li").element("a", t.get("section.sbomQuality"), "href", "#" + SbomQualitySection.ID).close("li");
      }
      if (waysOut && id.equals("services")) {
        h.open("li").element("a", t.get("section." + WaysOutSection.ID), "href", "#" + WaysOutSection.ID).close("li");
      }
    }
    h.close("ul").close("nav").close("header").newline();
  }

  /** The page's style sheet, shared with {@code exit-plan.html}. */
  static String css() {
    return CSS;
  }
}

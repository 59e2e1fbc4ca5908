package nl.autonomy.core.report.html;

import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingWaiver;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.report.view.ReportTexts;

/** The findings by severity, most severe first, each with its status, waiver and way to fix. */
final class FindingSection {

  private static final int MAX_PLACES = 5;

  private FindingSection() {
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    h.open("section", "id", "findings", "aria-labelledby", "findings-h")
        .element("h2", t.get("section.findings"), "id", "findings-h");
    List<Finding> findings = result.assessment() == null ? List.of() : result.assessment().findings();
    if (findings.isEmpty()) {
      h.element("p", t.get("findings.none"));
    }
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      List<Finding> these = findings.stream().filter(f -> f.severity() == severity).toList();
      if (!these.isEmpty()) {
        table(h, severity, these, t);
      }
    }
    h.close("section").newline();
  }

  private static void table(Html h, Severity severity, List<Finding> findings, ReportTexts t) {
    String id = "findings-" + severity.id();
    h.open("h3", "id", id).element("span", t.label("severity", severity), "class", "sev " + severity.id())
        .text(" (" + findings.size() + ")").close("h3");
    h.open("table", "aria-labelledby", id).open("thead").open("tr");
    for (String col : new String[] {"finding.status", "finding.rule", "finding.subject", "finding.message",
        "finding.howToFix", "finding.where"}) {
      h.element("th", t.get(col), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (Finding f : findings) {
      h.open("tr").element("td", t.label("status", f.status())).open("td").element("code", f.ruleId()).close("td")
          .open("th", "scope", "row");
      subject(h, f, t);
      h.close("th").open("td").text(f.message(t.locale()));
      waiver(h, f.waiver(), t);
      h.close("td").element("td", f.howToFix(t.locale())).open("td");
      places(h, f.evidence());
      h.close("td").close("tr").newline();
    }
    h.close("tbody").close("table").newline();
  }

  /** One subject by name; a finding for many (one cause) lists them behind a count to expand. */
  private static void subject(Html h, Finding f, ReportTexts t) {
    if (!f.grouped()) {
      h.text(f.subject().name());
      return;
    }
    h.open("details").element("summary", t.format("finding.subjects", f.subjectCount())).open("ul");
    f.subjects().forEach(s -> h.element("li", s.name()));
    h.close("ul").close("details");
  }

  private static void waiver(Html h, FindingWaiver w, ReportTexts t) {
    if (w != null) {
      String text = w.expires() == null ? t.format("finding.waivedNoExpiry", w.reason(), w.owner())
          : t.format("finding.waived", w.reason(), w.owner(), w.expires().toString());
      h.open("p", "class", "notice").text(text).close("p");
    }
  }

  private static void places(Html h, List<Evidence> evidence) {
    List<String> places = evidence.stream().map(e -> e.location().toString()).distinct().toList();
    for (int i = 0; i < Math.min(MAX_PLACES, places.size()); i++) {
      h.text(i == 0 ? "" : " ").element("code", places.get(i));
    }
    if (places.size() > MAX_PLACES) {
      h.text(" +" + (places.size() - MAX_PLACES));
    }
  }
}

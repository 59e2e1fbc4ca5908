package nl.autonomy.core.report.html;

import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.sovereignty.Criterion;
import nl.autonomy.core.sovereignty.EuCsfEstimate;
import nl.autonomy.core.sovereignty.EuCsfEstimator;
import nl.autonomy.core.sovereignty.ObjectiveEstimate;

/**
 * The EU Cloud Sovereignty Framework view: the estimated SEAL level per objective with the
 * criteria behind it, and what code cannot answer. Labelled as an estimate, never a certification.
 */
final class EuCsfSection {

  private EuCsfSection() {
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    EuCsfEstimate e = EuCsfEstimator.estimate(result.inventory());
    h.open("section", "id", "eu-csf", "aria-labelledby", "eu-csf-h")
        .element("h2", t.get("section.eu-csf"), "id", "eu-csf-h")
        .element("p", t.get("eucsf.notice"), "class", "note")
        .element("p", t.format("eucsf.overall", e.level(), String.join(", ", e.limitedBy())));
    if (e.partial()) {
      h.element("p", t.get("eucsf.partial"), "class", "note");
    }
    h.open("table").open("thead").open("tr");
    for (String key : new String[] {"eucsf.objective", "eucsf.weight", "eucsf.level", "eucsf.limitedBy"}) {
      h.element("th", t.get(key), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (ObjectiveEstimate o : e.objectives()) {
      Criterion limit = o.limitingCriterion();
      h.open("tr").element("td", o.id() + " " + o.title()).element("td", o.weight() + "%")
          .element("td", o.level() == null ? t.get("eucsf.notFromCode") : "SEAL-" + o.level())
          .element("td", o.level() == null ? "" : limit == null ? t.get("eucsf.noLimit") : describe(limit, t))
          .close("tr").newline();
    }
    h.close("tbody").close("table").newline();
    for (ObjectiveEstimate o : e.objectives()) {
      h.open("details").element("summary", o.id() + " " + o.title()
          + (o.level() == null ? "" : " — SEAL-" + o.level()));
      if (!o.criteria().isEmpty()) {
        h.open("ul");
        for (Criterion c : o.criteria()) {
          h.open("li").text("SEAL-" + c.level() + " · " + t.get("eucsf.status." + c.status().id()) + ": " + c.text());
          if (!c.evidence().isEmpty()) {
            h.open("ul");
            c.evidence().forEach(x -> h.open("li").element("code", x).close("li"));
            if (c.more() > 0) {
              h.element("li", t.format("eucsf.more", c.more()));
            }
            h.close("ul");
          }
          h.close("li");
        }
        h.close("ul");
      }
      h.element("p", t.get("eucsf.notAnswerable"));
      h.open("ul");
      o.notAnswerable().forEach(x -> h.element("li", x));
      h.close("ul").close("details").newline();
    }
    h.close("section").newline();
  }

  static String describe(Criterion c, ReportTexts t) {
    return c.id() + " (" + t.get("eucsf.status." + c.status().id()) + "): " + c.text();
  }
}

package nl.autonomy.core.report.html;

import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.model.WaiverNotice;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.ReportView;

/** The answer with the score gauges, then the verdict with the policy it was judged by. */
final class SummarySection {

  private SummarySection() {
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    Assessment a = result.assessment();
    h.open("section", "id", "answer", "aria-labelledby", "answer-h").element("h2", t.get("section.answer"), "id", "answer-h");
    if (a == null) {
      h.element("p", t.get("answer.notAssessed"), "class", "answer");
    } else {
      h.element("p", ReportView.answer(a, t.locale()), "class", "answer");
      String partial = ReportView.partial(a, t);
      if (partial != null) {
        h.element("p", partial, "class", "notice");
      }
      h.open("ul", "class", "gauges");
      double overall = a.score().overall();
      Gauge.render(h, t.get("score.overall"), overall, t.format("score.gauge", t.get("score.overall"), nl.autonomy.core.model.Score.whole(overall)));
      for (AspectScore s : a.score().aspects()) {
        String label = t.label("aspect", s.aspect());
        Gauge.render(h, label, s.score(), t.format("score.gauge", label, nl.autonomy.core.model.Score.whole(s.score())));
      }
      h.close("ul");
      String coverage = ReportView.coverage(result, t);
      if (coverage != null) {
        h.element("p", coverage, "class", "coverage");
      }
    }
    h.close("section").newline();
    h.open("section", "id", "verdict", "aria-labelledby", "verdict-h").element("h2", t.get("section.verdict"), "id", "verdict-h");
    if (a == null) {
      h.element("p", t.get("answer.notAssessed"));
    } else {
      verdict(h, a, t);
    }
    h.close("section").newline();
  }

  private static void verdict(Html h, Assessment a, ReportTexts t) {
    boolean pass = a.verdict() == Verdict.PASS;
    h.open("p").element("span", t.label("verdict", a.verdict()), "class", pass ? "badge pass" : "badge fail")
        .text(" ").text(ReportView.verdictReason(a, t.locale())).close("p");
    h.open("dl", "class", "facts");
    fact(h, t.get("verdict.policy"), a.policyTitle() == null ? a.policyId() : a.policyId() + " — " + a.policyTitle(t.locale()));
    h.element("dt", t.get("verdict.digest")).open("dd").element("code", a.policyDigest()).close("dd");
    fact(h, t.get("verdict.failOn"), a.failOn().id());
    h.close("dl");
    for (WaiverNotice n : a.waiverNotices()) {
      h.open("p", "class", "notice").element("strong", t.get("notice." + n.kind().id())).text(": ")
          .text(n.message()).close("p");
    }
  }

  static void fact(Html h, String term, String value) {
    h.element("dt", term).element("dd", value);
  }
}

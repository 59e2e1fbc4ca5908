package nl.autonomy.core.report.html;

import java.util.List;
import java.util.Locale;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.model.ExitPlan;
import nl.autonomy.core.model.ServiceExit;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.report.view.ExitPlanTexts;
import nl.autonomy.core.report.view.ReportTexts;

/**
 * {@code exit-plan.html}: the exit plan for people, a self-contained page with the report's CSS
 * and the same Content-Security-Policy (no request of any kind); the steps are checkboxes a team
 * can tick off, and print as boxes.
 */
public final class ExitPlanHtmlWriter {

  public static final String FILE_NAME = "exit-plan.html";

  /** The whole page as text. */
  public String render(ExitPlan plan, Locale locale) {
    ReportTexts t = ReportTexts.of(locale);
    ExitPlanTexts x = new ExitPlanTexts(t);
    Html h = new Html();
    String title = t.format("exit.title", plan.source().project());
    h.raw("<!DOCTYPE html>").newline().open("html", "lang", t.language()).newline().open("head").newline()
        .raw("<meta charset=\"utf-8\">").newline()
        .open("meta", "http-equiv", "Content-Security-Policy", "content", HtmlReportWriter.CSP).newline()
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").newline()
        .raw("<meta name=\"referrer\" content=\"no-referrer\">").newline()
        .raw("<link rel=\"icon\" href=\"data:,\">").newline()
        .element("title", title).newline()
        .open("style").raw(HtmlReportWriter.css()).close("style").newline()
        .close("head").newline().open("body").newline()
        .open("header").element("h1", title).close("header").newline().open("main").newline();
    whatIf(h, plan, x, t);
    h.open("section", "id", "services", "aria-labelledby", "services-h")
        .element("h2", t.format("exit.section.services"), "id", "services-h");
    if (plan.services().isEmpty()) {
      h.element("p", t.format("exit.nothing"));
    }
    for (ServiceExit s : plan.services()) {
      service(h, s, x, t);
    }
    h.close("section").newline();
    if (plan.ranking() != null) {
      ranking(h, plan.ranking(), x, t);
    }
    h.close("main").newline().open("footer").open("p").text(t.format("exit.footer", plan.tool().version()))
        .close("p").close("footer").newline().close("body").newline().close("html").newline();
    return h.toString();
  }

  private static void whatIf(Html h, ExitPlan plan, ExitPlanTexts x, ReportTexts t) {
    ExitPlan.WhatIfResult w = plan.whatIf();
    h.open("section", "id", "answer", "aria-labelledby", "answer-h")
        .element("h2", t.format("exit.section.whatIf"), "id", "answer-h")
        .element("p", x.headline(plan), "class", "answer")
        .element("p", t.format("exit.whatIf.intro", plan.policy().id()));
    if (w.before().partial()) {
      h.element("p", t.get("score.partial"), "class", "notice");
    }
    gauges(h, t.format("exit.whatIf.before"), w.before(), t);
    gauges(h, t.format("exit.whatIf.after"), w.score(), t);
    h.element("p", t.format("exit.whatIf.verdict", t.label("verdict", w.verdictBefore()), t.label("verdict", w.verdict())));
    h.element("p", w.answerBefore() + " \u2192 " + w.answer());
    findings(h, t.format("exit.whatIf.resolved"), w.resolved(), t);
    findings(h, t.format("exit.whatIf.introduced"), w.introduced(), t);
    h.element("h3", t.format("exit.section.assumptions")).open("ul");
    w.assumptions().forEach(a -> h.element("li", a));
    h.close("ul").close("section").newline();
  }

  private static void gauges(Html h, String caption, Score score, ReportTexts t) {
    h.element("h3", caption).open("ul", "class", "gauges");
    Gauge.render(h, t.get("score.overall"), score.overall(),
        t.format("score.gauge", t.get("score.overall"), Score.whole(score.overall())));
    for (AspectScore s : score.aspects()) {
      String label = t.label("aspect", s.aspect());
      Gauge.render(h, label, s.score(), t.format("score.gauge", label, Score.whole(s.score())));
    }
    h.close("ul");
  }

  private static void findings(Html h, String caption, List<ExitPlan.FindingRef> findings, ReportTexts t) {
    h.element("h3", caption);
    if (findings.isEmpty()) {
      h.element("p", t.format("exit.whatIf.none"));
      return;
    }
    h.open("ul");
    for (ExitPlan.FindingRef f : findings) {
      h.open("li").element("code", f.ruleId()).text(" " + f.subject() + " (" + f.severity() + ", " + f.aspect() + ")")
          .close("li");
    }
    h.close("ul");
  }

  private static void service(Html h, ServiceExit s, ExitPlanTexts x, ReportTexts t) {
    h.open("article", "class", "service", "id", "exit-" + s.id()).element("h3", s.name()).open("dl", "class", "facts");
    SummarySection.fact(h, t.get("service.vendor"), s.vendorName() == null ? String.valueOf(s.vendorId()) : s.vendorName());
    SummarySection.fact(h, t.get("service.category"), String.valueOf(s.category()));
    SummarySection.fact(h, t.get("service.lockIn"), t.label("lockin", s.lockIn()));
    SummarySection.fact(h, t.get("service.usage"), t.label("usage", s.usage()));
    SummarySection.fact(h, t.format("exit.effort"), x.effortLevel(s));
    h.close("dl");
    h.element("h4", t.format("exit.where"));
    for (ServiceExit.PlaceGroup g : s.places()) {
      h.element("p", x.module(g.module()) + " \u2014 " + x.kind(g.kind())).open("ul", "class", "places");
      for (ServiceExit.Place p : g.places()) {
        h.open("li").element("code", p.location()).text(" " + p.excerpt()
            + (p.scope().ships() ? "" : " " + t.format("exit.testScope"))).close("li");
      }
      h.close("ul");
    }
    data(h, s, t);
    way(h, s, x, t);
    h.element("h4", t.format("exit.effort")).open("ul");
    x.effortWorking(s).forEach(line -> h.element("li", line));
    h.close("ul");
    h.element("h4", t.format("exit.steps")).open("ol", "class", "steps");
    for (ServiceExit.Step step : s.steps()) {
      h.open("li").open("label").open("input", "type", "checkbox").text(" " + x.step(s, step)).close("label");
      if (!step.places().isEmpty()) {
        h.open("ul", "class", "places");
        step.places().forEach(p -> h.open("li").element("code", p).close("li"));
        h.close("ul");
      }
      h.close("li");
    }
    h.close("ol");
    h.element("h4", t.format("exit.risks"));
    if (s.risks().isEmpty()) {
      h.element("p", t.format("exit.risks.none"));
    } else {
      h.open("ul");
      s.risks().forEach(r -> h.element("li", x.risk(r)));
      h.close("ul");
    }
    h.close("article").newline();
  }

  private static void data(Html h, ServiceExit s, ReportTexts t) {
    h.element("h4", t.format("exit.data"));
    ServiceExit.DataExit d = s.data();
    if (d.holds() == null) {
      h.element("p", t.format("exit.data.unknown", String.valueOf(d.category())));
      return;
    }
    h.open("dl", "class", "facts");
    SummarySection.fact(h, t.format("exit.data.holds"), d.holds());
    SummarySection.fact(h, t.format("exit.data.export"), d.export());
    SummarySection.fact(h, t.format("exit.data.standard"), d.standard());
    SummarySection.fact(h, t.format("exit.data.sources"), String.join("; ", d.sources()));
    h.close("dl");
  }

  private static void way(Html h, ServiceExit s, ExitPlanTexts x, ReportTexts t) {
    ServiceExit.WayOut w = s.wayOut();
    h.element("h4", t.format("exit.way"));
    if (!"leave".equals(w.status())) {
      h.element("p", x.status(s));
    }
    h.open("dl", "class", "facts");
    alternatives(h, t.format("exit.way.configOnly"), s, w.configurationOnly(), x, t);
    alternatives(h, t.format("exit.way.codeChange"), s, w.codeChange(), x, t);
    if (!w.configurationChanges().isEmpty()) {
      h.element("dt", t.format("exit.way.changes")).open("dd").open("ul");
      w.configurationChanges().forEach(c -> h.element("li", x.change(c)));
      h.close("ul").close("dd");
    }
    if (!w.hardCoded().isEmpty()) {
      h.element("dt", t.format("exit.way.hardCoded")).open("dd").open("ul");
      w.hardCoded().forEach(p -> h.open("li").element("code", p.location()).text(" " + p.excerpt()).close("li"));
      h.close("ul").close("dd");
    }
    if (!w.sources().isEmpty()) {
      SummarySection.fact(h, t.format("exit.data.sources"), String.join("; ", w.sources()));
    }
    h.close("dl");
    if (w.replacement() != null) {
      h.element("p", t.format("exit.way.replacement", w.replacement()));
    }
  }

  private static void alternatives(Html h, String caption, ServiceExit s, List<ServiceExit.Alternative> list,
      ExitPlanTexts x, ReportTexts t) {
    h.element("dt", caption).open("dd");
    if (list.isEmpty()) {
      h.text(t.get("none"));
    } else {
      h.open("ul");
      list.forEach(a -> h.open("li").element("strong", a.name()).text(" \u2014 " + x.reason(s, a)).close("li"));
      h.close("ul");
    }
    h.close("dd");
  }

  private static void ranking(Html h, List<ExitOption> ranking, ExitPlanTexts x, ReportTexts t) {
    h.open("section", "id", "ranking", "aria-labelledby", "ranking-h")
        .element("h2", t.format("exit.section.ranking"), "id", "ranking-h")
        .open("table").open("thead").open("tr");
    for (String col : new String[] {"rank", "service", "effort", "gain", "perEffort", "after"}) {
      h.element("th", t.format("exit.rank." + col), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (ExitOption o : ranking) {
      h.open("tr").element("td", String.valueOf(o.rank())).element("td", o.name())
          .element("td", t.label("effort", o.effort()) + " (" + o.effortPoints() + ")")
          .element("td", String.format(Locale.ROOT, "%+.1f", o.gain()))
          .element("td", String.format(Locale.ROOT, "%.2f", o.gainPerEffort()))
          .element("td", String.valueOf(Score.whole(o.after()))).close("tr").newline();
    }
    h.close("tbody").close("table").close("section").newline();
  }
}

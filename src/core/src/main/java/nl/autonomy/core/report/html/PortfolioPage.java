package nl.autonomy.core.report.html;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.AutonomyVersion;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.portfolio.CityScore;
import nl.autonomy.core.portfolio.Portfolio;
import nl.autonomy.core.report.view.ReportTexts;

/**
 * {@code portfolio.html}: the city's dashboard, built like {@code report.html} (the same writer,
 * stylesheet, script, texts and Content-Security-Policy), so it too is one self-contained page that
 * makes no request and opens from disk.
 */
public final class PortfolioPage {

  private static final String CSS = HtmlResources.CSS;
  private static final String SCRIPT = HtmlResources.SCRIPT;

  private PortfolioPage() {
  }

  public static String render(Portfolio p, Locale locale) {
    ReportTexts t = ReportTexts.of(locale);
    Html h = new Html();
    h.raw("<!DOCTYPE html>").newline().open("html", "lang", t.language()).newline().open("head").newline()
        .raw("<meta charset=\"utf-8\">").newline()
        .open("meta", "http-equiv", "Content-Security-Policy", "content", HtmlReportWriter.CSP).newline()
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").newline()
        .raw("<meta name=\"referrer\" content=\"no-referrer\">").newline()
        .raw("<link rel=\"icon\" href=\"data:,\">").newline()
        .element("title", t.get("portfolio.title")).newline()
        .open("style").raw(CSS).close("style").newline()
        .close("head").newline().open("body").newline();
    h.open("header").element("h1", t.get("portfolio.title")).newline()
        .open("nav", "aria-label", t.get("nav.label")).open("ul");
    for (String id : List.of("city", "trend", "applications", "vendors", "exits", "changes")) {
      h.open("li").element("a", t.get("portfolio.section." + id), "href", "#" + id).close("li");
    }
    h.close("ul").close("nav").close("header").newline().open("main").newline();
    city(h, p, t);
    trend(h, p, t);
    PortfolioTables.applications(h, p, t);
    PortfolioTables.vendors(h, p, t);
    PortfolioTables.exits(h, p, t);
    PortfolioTables.changes(h, p, t);
    h.close("main").newline()
        .open("footer").open("p").text(t.format("portfolio.footer", AutonomyVersion.get())).close("p")
        .close("footer").newline()
        .open("script").raw(SCRIPT).close("script").newline()
        .close("body").newline().close("html").newline();
    return h.toString();
  }

  private static void city(Html h, Portfolio p, ReportTexts t) {
    section(h, "city", t);
    CityScore now = p.now();
    if (now == null) {
      h.element("p", t.get("portfolio.empty"), "class", "answer");
    } else if (now.scores() == null) {
      h.element("p", t.get("portfolio.noAnswer"), "class", "answer");
    } else {
      h.element("p", answer(now, p, t), "class", "answer");
      h.open("ul", "class", "gauges");
      Gauge.render(h, t.get("score.overall"), now.scores().overall(),
          t.format("score.gauge", t.get("score.overall"), Score.whole(now.scores().overall())));
      for (Aspect a : Aspect.values()) {
        String label = t.label("aspect", a);
        Gauge.render(h, label, now.scores().of(a), t.format("score.gauge", label, Score.whole(now.scores().of(a))));
      }
      h.close("ul");
    }
    if (now != null) {
      if (now.applications() > now.answered()) {
        h.element("p", t.format("portfolio.unanswered", now.applications() - now.answered()), "class", "notice");
      }
      if (now.partial() > 0) {
        h.element("p", t.format("portfolio.partial", now.partial()), "class", "notice");
      }
      h.element("p", coverage(now, t), "class", "coverage");
      if (now.weighted()) {
        h.element("p", t.get("portfolio.weights"), "class", "muted");
      }
      h.element("p", t.format("portfolio.runs", p.runs()), "class", "muted");
    }
    h.close("section").newline();
  }

  static String answer(CityScore now, Portfolio p, ReportTexts t) {
    return t.format("portfolio.answer", Score.whole(now.scores().overall()), now.weighted() ? 1 : 0, now.answered(),
        date(p, t));
  }

  static String coverage(CityScore now, ReportTexts t) {
    return t.format("portfolio.coverage", Score.whole(100 * now.vendorCoverage()),
        Score.whole(100 * now.licenseCoverage()), now.components());
  }

  static String date(Portfolio p, ReportTexts t) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(t.locale())
        .withZone(ZoneOffset.UTC).format(p.asOf()) + " UTC";
  }

  private static void trend(Html h, Portfolio p, ReportTexts t) {
    section(h, "trend", t);
    if (p.timeline().isEmpty()) {
      h.element("p", t.get("portfolio.empty"));
    } else {
      TrendChart.city(h, p.timeline(), t);
      h.open("details").element("summary", t.get("portfolio.trend.details"))
          .open("table").open("thead").open("tr")
          .element("th", t.get("portfolio.trend.date"), "scope", "col")
          .element("th", t.get("score.overall"), "scope", "col");
      for (Aspect a : Aspect.values()) {
        h.element("th", t.label("aspect", a), "scope", "col");
      }
      h.element("th", t.get("portfolio.trend.applications"), "scope", "col")
          .element("th", t.get("portfolio.trend.coverage"), "scope", "col").close("tr").close("thead").open("tbody");
      for (int i = p.timeline().size() - 1; i >= 0; i--) {
        CityScore c = p.timeline().get(i);
        h.open("tr").element("th", c.date().toString(), "scope", "row");
        if (c.scores() == null) {
          h.element("td", t.get("portfolio.noScore"), "colspan", "4");
        } else {
          h.element("td", whole(c.scores().overall()));
          for (Aspect a : Aspect.values()) {
            h.element("td", whole(c.scores().of(a)));
          }
        }
        h.element("td", c.answered() + " / " + c.applications())
            .element("td", Score.whole(100 * c.vendorCoverage()) + "%").close("tr");
      }
      h.close("tbody").close("table").close("details");
    }
    h.close("section").newline();
  }

  static void section(Html h, String id, ReportTexts t) {
    h.open("section", "id", id, "aria-labelledby", id + "-h")
        .element("h2", t.get("portfolio.section." + id), "id", id + "-h");
  }

  static String whole(double score) {
    return String.valueOf(Score.whole(score));
  }
}

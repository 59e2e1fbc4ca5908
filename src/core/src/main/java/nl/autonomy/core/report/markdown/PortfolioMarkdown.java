package nl.autonomy.core.report.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.portfolio.ApplicationChange;
import nl.autonomy.core.portfolio.ApplicationView;
import nl.autonomy.core.portfolio.CityScore;
import nl.autonomy.core.portfolio.ExitOption;
import nl.autonomy.core.portfolio.Portfolio;
import nl.autonomy.core.portfolio.VendorExposure;
import nl.autonomy.core.report.view.ReportTexts;

/**
 * {@code portfolio.md}: the dashboard as Markdown for a wiki or a council memo. The same figures as
 * portfolio.html, the same texts; tables stop at {@value Markdown#MAX_ROWS} rows with a pointer to
 * the page.
 */
public final class PortfolioMarkdown {

  /** A wiki page, not a comment: room for every table's first rows. */
  private static final int SOFT_LIMIT = 2_000_000;

  private PortfolioMarkdown() {
  }

  public static String render(Portfolio p, Locale locale) {
    ReportTexts t = ReportTexts.of(locale);
    Markdown md = new Markdown(SOFT_LIMIT);
    md.add("# " + t.get("portfolio.title") + "\n\n");
    CityScore now = p.now();
    if (now == null) {
      md.add(t.get("portfolio.empty") + "\n");
      return md.toString();
    }
    if (now.scores() == null) {
      md.add(t.get("portfolio.noAnswer") + "\n\n");
    } else {
      md.add("**" + t.format("portfolio.answer", Score.whole(now.scores().overall()), now.weighted() ? 1 : 0,
          now.answered(), Markdown.escape(dateOf(p, t))) + "**\n\n");
      List<String> header = new ArrayList<>(List.of(t.get("score.overall")));
      List<String> row = new ArrayList<>(List.of(String.valueOf(Score.whole(now.scores().overall()))));
      for (Aspect a : Aspect.values()) {
        header.add(t.label("aspect", a));
        row.add(String.valueOf(Score.whole(now.scores().of(a))));
      }
      md.table(header, List.of(row));
    }
    if (now.applications() > now.answered()) {
      md.add("\n> " + t.format("portfolio.unanswered", now.applications() - now.answered()) + "\n");
    }
    if (now.partial() > 0) {
      md.add("\n> " + t.format("portfolio.partial", now.partial()) + "\n");
    }
    md.add("\n" + t.format("portfolio.coverage", Score.whole(100 * now.vendorCoverage()),
        Score.whole(100 * now.licenseCoverage()), now.components()) + " " + t.format("portfolio.runs", p.runs()) + "\n");
    trend(md, p, t);
    applications(md, p, t);
    vendors(md, p, t);
    exits(md, p, t);
    changes(md, p, t);
    return md.toString();
  }

  private static String dateOf(Portfolio p, ReportTexts t) {
    return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
        java.time.format.FormatStyle.SHORT).withLocale(t.locale()).withZone(java.time.ZoneOffset.UTC)
        .format(p.asOf()) + " UTC";
  }

  private static void trend(Markdown md, Portfolio p, ReportTexts t) {
    md.add("\n## " + t.get("portfolio.section.trend") + "\n");
    List<String> header = new ArrayList<>(List.of(t.get("portfolio.trend.date"), t.get("score.overall")));
    for (Aspect a : Aspect.values()) {
      header.add(t.label("aspect", a));
    }
    header.add(t.get("portfolio.trend.applications"));
    header.add(t.get("portfolio.trend.coverage"));
    List<List<String>> rows = new ArrayList<>();
    for (int i = p.timeline().size() - 1; i >= 0; i--) {
      CityScore c = p.timeline().get(i);
      List<String> row = new ArrayList<>(List.of(c.date().toString()));
      row.add(c.scores() == null ? t.get("portfolio.noScore") : whole(c.scores().overall()));
      for (Aspect a : Aspect.values()) {
        row.add(c.scores() == null ? "" : whole(c.scores().of(a)));
      }
      row.add(c.answered() + " / " + c.applications());
      row.add(Score.whole(100 * c.vendorCoverage()) + "%");
      rows.add(row);
    }
    more(md, md.table(header, rows), t);
  }

  private static void applications(Markdown md, Portfolio p, ReportTexts t) {
    md.add("\n## " + t.get("portfolio.section.applications") + "\n");
    List<List<String>> rows = new ArrayList<>();
    for (ApplicationView a : p.applications()) {
      String score = a.scores() == null ? t.get("portfolio.noScore")
          : whole(a.scores().overall()) + (a.partial() ? " (" + t.get("portfolio.partialMark") + ")" : "");
      String trend = a.delta() == null ? t.get("portfolio.firstRun")
          : t.format("portfolio.delta", (Math.round(a.delta()) > 0 ? "+" : "") + Math.round(a.delta()));
      rows.add(List.of(Markdown.escape(a.name()), Markdown.escape(a.owner()),
          a.criticality() == null ? "" : t.label("criticality", a.criticality()), score,
          a.verdict() == null ? "" : t.label("verdict", a.verdict()), Markdown.escape(String.join(", ", a.services())),
          Markdown.escape(String.join(", ", a.topVendors())), a.lastScanned().toString(), trend));
    }
    List<String> header = List.of("application", "owner", "criticality", "score", "verdict", "services", "topVendors",
        "lastScanned", "trend").stream().map(c -> t.get("portfolio.col." + c)).toList();
    more(md, md.table(header, rows), t);
  }

  private static void vendors(Markdown md, Portfolio p, ReportTexts t) {
    md.add("\n## " + t.get("portfolio.section.vendors") + "\n");
    if (p.vendors().isEmpty()) {
      md.add("\n" + t.get("portfolio.vendors.none") + "\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (VendorExposure v : p.vendors()) {
      rows.add(List.of(Markdown.escape(v.name()), Markdown.escape(String.join(", ", v.jurisdictions())),
          v.applications().size() + ": " + Markdown.escape(String.join(", ", v.applications())),
          Markdown.escape(String.join(", ", v.services())),
          v.services().isEmpty() ? "" : t.format("portfolio.depth", v.files(), v.occurrences()),
          v.deepest() == null ? "" : t.label("effort", v.deepest()), String.valueOf(v.components())));
    }
    List<String> header = List.of("vendor", "jurisdiction", "applications", "services", "depth", "deepest",
        "components").stream().map(c -> t.get("portfolio.col." + c)).toList();
    more(md, md.table(header, rows), t);
  }

  private static void exits(Markdown md, Portfolio p, ReportTexts t) {
    md.add("\n## " + t.get("portfolio.section.exits") + "\n");
    if (p.exits().isEmpty()) {
      md.add("\n" + t.get("portfolio.exits.none") + "\n");
      return;
    }
    md.add("\n" + t.get("portfolio.exits.basis") + "\n");
    List<List<String>> rows = new ArrayList<>();
    for (ExitOption e : p.exits()) {
      List<String> way = new ArrayList<>(e.alternatives());
      if (e.standard() != null) {
        way.add(t.get("service.standard") + ": " + e.standard());
      }
      rows.add(List.of(Markdown.escape(e.name()), Markdown.escape(e.vendor()),
          e.applications().size() + ": " + Markdown.escape(String.join(", ", e.applications())),
          t.label("effort", e.effort()), t.format("portfolio.points", String.format(t.locale(), "%.1f", e.cityPoints())),
          Markdown.escape(String.join("; ", way))));
    }
    List<String> header = List.of("service", "vendor", "applications", "effort", "cityPoints", "wayOut").stream()
        .map(c -> t.get("portfolio.col." + c)).toList();
    more(md, md.table(header, rows), t);
  }

  private static void changes(Markdown md, Portfolio p, ReportTexts t) {
    md.add("\n## " + t.get("portfolio.section.changes") + "\n");
    List<ApplicationChange> notable = p.changes().stream().filter(ApplicationChange::notable).toList();
    if (p.changes().isEmpty()) {
      md.add("\n" + t.get("portfolio.changes.none") + "\n");
      return;
    }
    if (notable.isEmpty()) {
      md.add("\n" + t.format("portfolio.changes.quiet", p.changes().size()) + "\n");
      return;
    }
    md.add("\n" + t.get("portfolio.changes.basis") + "\n");
    List<List<String>> rows = new ArrayList<>();
    for (ApplicationChange c : notable) {
      List<String> gainedLost = new ArrayList<>();
      c.servicesGained().forEach(s -> gainedLost.add("+ " + s));
      c.servicesLost().forEach(s -> gainedLost.add("\u2212 " + s));
      rows.add(List.of(Markdown.escape(c.application()), c.from().toString(),
          c.scoreDelta() == null ? "" : (Math.round(c.scoreDelta()) > 0 ? "+" : "") + Math.round(c.scoreDelta()),
          Markdown.escape(String.join(", ", c.newLockIn())), Markdown.escape(String.join(", ", c.removedLockIn())),
          Markdown.escape(String.join("; ", c.relicensed().stream().map(l -> t.format("portfolio.relicensed", l.name(),
              l.fromVersion(), l.toVersion(), l.from() == null ? t.get("unknown") : l.from(),
              l.to() == null ? t.get("unknown") : l.to())).toList())),
          Markdown.escape(String.join(", ", c.newVendors())), Markdown.escape(String.join(", ", gainedLost))));
    }
    List<String> header = List.of("application", "since", "score", "newLockIn", "removedLockIn", "relicensed",
        "newVendors", "servicesChanged").stream().map(c -> t.get("portfolio.col." + c)).toList();
    more(md, md.table(header, rows), t);
  }

  private static void more(Markdown md, int left, ReportTexts t) {
    if (left > 0) {
      md.close("\n" + t.format("portfolio.more", left) + "\n");
    }
  }

  private static String whole(double score) {
    return String.valueOf(Score.whole(score));
  }
}

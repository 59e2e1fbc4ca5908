package nl.autonomy.core.report.html;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.portfolio.ApplicationChange;
import nl.autonomy.core.portfolio.ApplicationView;
import nl.autonomy.core.portfolio.ExitOption;
import nl.autonomy.core.portfolio.Portfolio;
import nl.autonomy.core.portfolio.VendorExposure;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.Share;

/** The dashboard's tables: the applications, the vendor concentration and the cheapest exits. */
final class PortfolioTables {

  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int VENDOR_BARS = 10;

  private PortfolioTables() {
  }

  static void applications(Html h, Portfolio p, ReportTexts t) {
    PortfolioPage.section(h, "applications", t);
    List<ApplicationView> apps = p.applications();
    if (apps.isEmpty()) {
      h.element("p", t.get("portfolio.empty"));
      h.close("section").newline();
      return;
    }
    h.open("div", "class", "controls")
        .element("label", t.get("portfolio.filter"), "for", "application-filter")
        .open("input", "id", "application-filter", "type", "search", "placeholder", t.get("portfolio.filterHint"),
            "aria-controls", "application-table")
        .element("span", t.format("portfolio.shown", apps.size(), apps.size()), "id", "application-count",
            "role", "status", "aria-live", "polite", "data-template", t.get("portfolio.shown"))
        .close("div");
    h.open("table", "id", "application-table").open("thead").open("tr");
    for (String col : List.of("application", "owner", "criticality", "score", "verdict", "services", "topVendors",
        "lastScanned", "trend")) {
      String label = t.get("portfolio.col." + col);
      h.open("th", "scope", "col").element("button", label, "type", "button", "aria-label",
          t.format("components.sortBy", label)).close("th");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (ApplicationView a : apps) {
      h.open("tr").element("th", a.name(), "scope", "row").element("td", a.owner() == null ? "" : a.owner())
          .element("td", a.criticality() == null ? "" : t.label("criticality", a.criticality()));
      h.open("td");
      if (a.scores() == null) {
        h.element("span", t.get("portfolio.noScore"), "class", "muted");
      } else {
        h.text(PortfolioPage.whole(a.scores().overall()));
        if (a.partial()) {
          h.text(" ").element("span", "(" + t.get("portfolio.partialMark") + ")", "class", "muted");
        }
      }
      h.close("td").open("td");
      if (a.verdict() != null) {
        h.element("span", t.label("verdict", a.verdict()), "class", a.verdict() == Verdict.PASS ? "badge pass"
            : "badge fail");
      }
      h.close("td").element("td", String.join(", ", a.services()))
          .element("td", String.join(", ", a.topVendors()))
          .element("td", DAY_TIME.format(a.lastScanned()));
      h.open("td");
      TrendChart.spark(h, a.trend());
      if (a.delta() == null) {
        h.element("span", t.get("portfolio.firstRun"), "class", "muted");
      } else {
        long d = Math.round(a.delta());
        String text = t.format("portfolio.delta", (d > 0 ? "+" : "") + d);
        h.element("span", text, "class", d > 0 ? "up" : d < 0 ? "down" : "muted");
      }
      h.close("td").close("tr").newline();
    }
    h.close("tbody").close("table").close("section").newline();
  }

  static void vendors(Html h, Portfolio p, ReportTexts t) {
    PortfolioPage.section(h, "vendors", t);
    List<VendorExposure> vendors = p.vendors();
    if (vendors.isEmpty()) {
      h.element("p", t.get("portfolio.vendors.none"));
      h.close("section").newline();
      return;
    }
    List<Share> shares = new ArrayList<>();
    int apps = p.applications().size();
    for (VendorExposure v : vendors.subList(0, Math.min(VENDOR_BARS, vendors.size()))) {
      shares.add(new Share(v.name(), v.applications().size(), apps));
    }
    BarChart.render(h, "vendor-chart-h", t.get("portfolio.vendors.chart"), shares, t);
    h.open("table", "id", "vendor-table").open("thead").open("tr");
    for (String col : List.of("vendor", "jurisdiction", "applications", "services", "depth", "deepest", "components")) {
      h.element("th", t.get("portfolio.col." + col), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (VendorExposure v : vendors) {
      h.open("tr").element("th", v.name(), "scope", "row")
          .element("td", v.jurisdictions().isEmpty() ? t.get("unknown") : String.join(", ", v.jurisdictions()))
          .element("td", v.applications().size() + ": " + String.join(", ", v.applications()))
          .element("td", String.join(", ", v.services()))
          .element("td", v.services().isEmpty() ? "" : t.format("portfolio.depth", v.files(), v.occurrences()))
          .element("td", v.deepest() == null ? "" : t.label("effort", v.deepest()))
          .element("td", String.valueOf(v.components())).close("tr").newline();
    }
    h.close("tbody").close("table").close("section").newline();
  }

  static void exits(Html h, Portfolio p, ReportTexts t) {
    PortfolioPage.section(h, "exits", t);
    if (p.exits().isEmpty()) {
      h.element("p", t.get("portfolio.exits.none"));
      h.close("section").newline();
      return;
    }
    h.element("p", t.get("portfolio.exits.basis"), "class", "muted");
    h.open("table", "id", "exit-table").open("thead").open("tr");
    for (String col : List.of("service", "vendor", "applications", "effort", "cityPoints", "wayOut")) {
      h.element("th", t.get("portfolio.col." + col), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (ExitOption e : p.exits()) {
      List<String> way = new ArrayList<>(e.alternatives());
      if (e.standard() != null) {
        way.add(t.get("service.standard") + ": " + e.standard());
      }
      h.open("tr").element("th", e.name(), "scope", "row").element("td", e.vendor())
          .element("td", e.applications().size() + ": " + String.join(", ", e.applications()))
          .element("td", t.label("effort", e.effort()))
          .element("td", t.format("portfolio.points", String.format(t.locale(), "%.1f", e.cityPoints())))
          .element("td", String.join("; ", way)).close("tr").newline();
    }
    h.close("tbody").close("table").close("section").newline();
  }

  static void changes(Html h, Portfolio p, ReportTexts t) {
    PortfolioPage.section(h, "changes", t);
    List<ApplicationChange> notable = p.changes().stream().filter(ApplicationChange::notable).toList();
    if (p.changes().isEmpty()) {
      h.element("p", t.get("portfolio.changes.none"));
    } else if (notable.isEmpty()) {
      h.element("p", t.format("portfolio.changes.quiet", p.changes().size()));
    } else {
      h.element("p", t.get("portfolio.changes.basis"), "class", "muted");
      h.open("table", "id", "change-table").open("thead").open("tr");
      for (String col : List.of("application", "since", "score", "newLockIn", "removedLockIn", "relicensed",
          "newVendors", "servicesChanged")) {
        h.element("th", t.get("portfolio.col." + col), "scope", "col");
      }
      h.close("tr").close("thead").open("tbody").newline();
      for (ApplicationChange c : notable) {
        String delta = c.scoreDelta() == null ? "" : (Math.round(c.scoreDelta()) > 0 ? "+" : "")
            + Math.round(c.scoreDelta());
        List<String> gainedLost = new ArrayList<>();
        c.servicesGained().forEach(s -> gainedLost.add("+ " + s));
        c.servicesLost().forEach(s -> gainedLost.add("\u2212 " + s));
        h.open("tr").element("th", c.application(), "scope", "row").element("td", DAY_TIME.format(c.from()))
            .element("td", delta).element("td", String.join(", ", c.newLockIn()))
            .element("td", String.join(", ", c.removedLockIn()))
            .element("td", String.join("; ", relicensed(c, t))).element("td", String.join(", ", c.newVendors()))
            .element("td", String.join(", ", gainedLost)).close("tr").newline();
      }
      h.close("tbody").close("table");
    }
    h.close("section").newline();
  }

  static List<String> relicensed(ApplicationChange c, ReportTexts t) {
    return c.relicensed().stream().map(l -> t.format("portfolio.relicensed", l.name(), l.fromVersion(), l.toVersion(),
        l.from() == null ? t.get("unknown") : l.from(), l.to() == null ? t.get("unknown") : l.to())).toList();
  }
}

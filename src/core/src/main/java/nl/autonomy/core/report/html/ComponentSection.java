package nl.autonomy.core.report.html;

import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.ReportView;

/**
 * Every component in one table. Rows are written here, on the server side; the page's script only
 * hides rows that do not match the filter and re-appends them to sort, which stays fast with
 * thousands of rows and leaves the full table readable without script and in print.
 */
final class ComponentSection {

  private static final String[] COLUMNS = {"col.name", "col.version", "col.ecosystem", "col.scope", "col.direct",
      "col.vendor", "col.jurisdiction", "col.license", "col.category", "col.services"};

  private ComponentSection() {
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    List<Component> components = result.inventory().components();
    h.open("section", "id", "components", "aria-labelledby", "components-h")
        .element("h2", t.get("section.components"), "id", "components-h");
    if (components.isEmpty()) {
      h.element("p", t.get("components.none")).close("section").newline();
      return;
    }
    String shown = t.format("components.shown", components.size(), components.size());
    h.open("div", "class", "controls")
        .element("label", t.get("components.filter"), "for", "component-filter")
        .open("input", "type", "search", "id", "component-filter", "placeholder", t.get("components.filterHint"),
            "aria-controls", "component-table", "autocomplete", "off")
        .element("output", shown, "id", "component-count", "aria-live", "polite",
            "data-template", t.get("components.shown"))
        .close("div");
    h.open("table", "id", "component-table", "aria-labelledby", "components-h").open("thead").open("tr");
    for (String col : COLUMNS) {
      String label = t.get(col);
      h.open("th", "scope", "col").element("button", label, "type", "button",
          "title", t.format("components.sortBy", label)).close("th");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (Component c : components) {
      row(h, c, t);
    }
    h.close("tbody").close("table").close("section").newline();
  }

  private static void row(Html h, Component c, ReportTexts t) {
    h.open("tr").element("th", c.coordinates(), "scope", "row")
        .element("td", c.version() == null ? "" : c.version())
        .element("td", c.ecosystem().id())
        .element("td", t.label("scope", c.scope()))
        .element("td", t.get(c.direct() ? "yes" : "no"))
        .element("td", ReportView.vendorLabel(c, t))
        .element("td", ReportView.jurisdictionLabel(c, t))
        .element("td", c.license() == null || c.license().expression() == null ? "" : c.license().expression())
        .element("td", ReportView.categoryLabel(c, t))
        .element("td", String.join(", ", c.services()))
        .close("tr").newline();
  }
}

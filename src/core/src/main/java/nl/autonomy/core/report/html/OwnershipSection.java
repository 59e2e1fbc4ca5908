package nl.autonomy.core.report.html;

import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.ReportView;
import nl.autonomy.core.report.view.Shares;

/** Who controls what runs: the runtime components per vendor, jurisdiction and license category. */
final class OwnershipSection {

  static final int MAX_BARS = 10;

  private OwnershipSection() {
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    List<Component> runtime = ReportView.runtimeComponents(result.inventory());
    h.open("section", "id", "ownership", "aria-labelledby", "ownership-h")
        .element("h2", t.get("section.ownership"), "id", "ownership-h")
        .element("p", t.format("ownership.intro", runtime.size()));
    if (!runtime.isEmpty()) {
      h.open("div", "class", "charts");
      BarChart.render(h, "chart-vendor", t.get("chart.vendor"),
          Shares.of(runtime, c -> ReportView.vendorLabel(c, t), MAX_BARS, t.get("chart.other")), t);
      BarChart.render(h, "chart-jurisdiction", t.get("chart.jurisdiction"),
          Shares.of(runtime, c -> ReportView.jurisdictionLabel(c, t), MAX_BARS, t.get("chart.other")), t);
      BarChart.render(h, "chart-license", t.get("chart.license"),
          Shares.of(runtime, c -> ReportView.categoryLabel(c, t), MAX_BARS, t.get("chart.other")), t);
      h.close("div");
    }
    h.close("section").newline();
  }
}

package nl.autonomy.core.report.html;

import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.report.view.ExitPlanTexts;
import nl.autonomy.core.report.view.ReportTexts;

/** The three exits that gain the most autonomy points per effort point, linking to the exit plan. */
final class WaysOutSection {

  static final String ID = "waysOut";

  private WaysOutSection() {
  }

  static boolean present(ScanResult result) {
    return result.waysOut() != null && result.assessment() != null;
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    if (!present(result)) {
      return;
    }
    ExitPlanTexts x = new ExitPlanTexts(t);
    List<ExitOption> top = ExitPlanTexts.top(result.waysOut(), 3);
    h.open("section", "id", ID, "aria-labelledby", ID + "-h").element("h2", t.get("section.waysOut"), "id", ID + "-h");
    if (top.isEmpty()) {
      h.element("p", t.format("waysOut.none"));
    } else {
      h.element("p", t.format("waysOut.intro")).open("ol");
      top.forEach(o -> h.element("li", x.wayOut(o)));
      h.close("ol");
    }
    h.open("p").element("a", t.format("waysOut.more"), "href", "exit-plan.html").close("p").close("section").newline();
  }
}

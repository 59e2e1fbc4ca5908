package nl.autonomy.core.report.html;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceDepth;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.ReportView;
import nl.autonomy.core.report.view.ServiceView;

/** The cloud services found: whose they are, where the code uses them, and the way out. */
final class ServiceSection {

  private ServiceSection() {
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    h.open("section", "id", "services", "aria-labelledby", "services-h")
        .element("h2", t.get("section.services"), "id", "services-h");
    List<ServiceView> services = ReportView.services(result);
    if (services.isEmpty()) {
      h.element("p", t.get("services.none"));
    }
    for (ServiceView v : services) {
      service(h, v, t);
    }
    h.close("section").newline();
  }

  private static void service(Html h, ServiceView v, ReportTexts t) {
    Service s = v.service();
    h.open("article", "class", "service").element("h3", s.name()).open("dl", "class", "facts");
    SummarySection.fact(h, t.get("service.vendor"), v.vendor().name());
    SummarySection.fact(h, t.get("service.jurisdiction"), v.jurisdiction() == null ? t.get("unknown") : v.jurisdiction());
    SummarySection.fact(h, t.get("service.lockIn"), t.label("lockin", s.lockIn()));
    if (s.depth() != null) {
      depth(h, s.depth(), t);
    }
    if (s.category() != null) {
      SummarySection.fact(h, t.get("service.category"), s.category());
    }
    if (!s.endpoints().isEmpty()) {
      h.element("dt", t.get("service.endpoints")).open("dd");
      codes(h, s.endpoints());
      h.close("dd");
    }
    h.element("dt", t.get("service.usedIn")).open("dd");
    if (v.usedIn().isEmpty() && s.components().isEmpty()) {
      h.text(t.get("unknown"));
    } else if (!v.usedIn().isEmpty()) {
      h.open("ul", "class", "places");
      for (Map.Entry<String, List<Integer>> e : v.usedIn().entrySet()) {
        h.open("li").element("code", ReportView.place(e.getKey(), e.getValue())).close("li");
      }
      h.close("ul");
    }
    h.close("dd");
    if (!s.components().isEmpty()) {
      h.element("dt", t.get("service.clients")).open("dd");
      codes(h, s.components());
      h.close("dd");
    }
    SummarySection.fact(h, t.get("service.alternatives"),
        s.alternatives().isEmpty() ? t.get("none") : String.join(", ", s.alternatives()));
    SummarySection.fact(h, t.get("service.standard"), s.standard() == null ? t.get("none") : s.standard());
    h.close("dl").close("article").newline();
  }

  /** The lock-in stage's judgement: how much leaving takes and why. */
  private static void depth(Html h, ServiceDepth d, ReportTexts t) {
    h.element("dt", t.get("service.exitEffort")).open("dd")
        .element("strong", t.label("effort", d.effort()))
        .text(" — " + t.format("service.reach", d.files(), d.runtimeFiles(), d.occurrences())).close("dd");
    SummarySection.fact(h, t.get("service.usage"), t.label("usage", d.usage()));
    if (!d.kinds().isEmpty()) {
      SummarySection.fact(h, t.get("service.kinds"),
          d.kinds().stream().map(k -> k.id()).collect(Collectors.joining(", ")));
    }
    if (!d.notes().isEmpty()) {
      SummarySection.fact(h, t.get("service.notes"), String.join("; ", d.notes()));
    }
  }

  private static void codes(Html h, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      h.text(i == 0 ? "" : ", ").element("code", values.get(i));
    }
  }
}

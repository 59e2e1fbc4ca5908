package nl.autonomy.core.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.SbomQuality;
import nl.autonomy.core.report.view.ReportTexts;

/**
 * Each supplier SBOM the delivery held, and the SBOM this scan writes, against NTIA's minimum
 * elements, BSI TR-03183-2 v2.1 and the CRA (docs/sbom-quality.md): one row per SBOM with a verdict
 * per standard, and the fields that fail with the share of components that meet them. Shared by
 * report.html and the contract report, so a procurement file shows what was checked.
 */
final class SbomQualitySection {

  static final String ID = "sbom-quality";

  private SbomQualitySection() {
  }

  /** The SBOMs judged: the supplier's first (by file), then this scan's own. */
  static List<SbomQuality> judged(ScanResult result) {
    List<SbomQuality> out = new ArrayList<>();
    result.inventory().suppliedSboms().forEach(s -> out.add(s.quality()));
    out.add(result.sbomQuality());
    out.removeIf(Objects::isNull);
    return out;
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    List<SbomQuality> judged = judged(result);
    if (judged.isEmpty()) {
      return;
    }
    h.open("section", "id", ID, "aria-labelledby", ID + "-h")
        .element("h2", t.get("section.sbomQuality"), "id", ID + "-h");
    h.open("table").open("thead").open("tr").element("th", t.get("sbomQuality.sbom"), "scope", "col");
    for (String standard : new String[] {"NTIA", "BSI TR-03183-2", "CRA"}) {
      h.element("th", standard, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (SbomQuality q : judged) {
      h.open("tr");
      if (q.subject().equals("autonomy")) {
        h.element("td", t.get("sbomQuality.own"));
      } else {
        h.open("td").element("code", q.subject()).close("td");
      }
      for (String id : new String[] {"ntia", "bsi", "cra"}) {
        cell(h, q.standard(id), t);
      }
      h.close("tr").newline();
    }
    h.close("tbody").close("table").newline();
    h.close("section").newline();
  }

  /** The verdict, and for a failing standard each required field not met with its share. */
  private static void cell(Html h, SbomQuality.Conformance c, ReportTexts t) {
    h.open("td");
    if (c == null) {
      h.close("td");
      return;
    }
    if (c.conformant()) {
      h.element("span", t.get("sbomQuality.conformant"), "class", "badge pass");
    } else {
      h.element("span", t.get("sbomQuality.notConformant"), "class", "badge fail");
      h.open("ul");
      for (SbomQuality.Field f : c.fields()) {
        if (f.required() && !f.met()) {
          h.element("li", f.field() + (f.level().equals("document") ? "" : " (" + f.share() + "%)"));
        }
      }
      h.close("ul");
    }
    h.close("td");
  }
}

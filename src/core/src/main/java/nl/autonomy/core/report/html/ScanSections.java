package nl.autonomy.core.report.html;

import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.report.view.ReportTexts;

/** How the scan went: the problems it met, and where, when and with what it was made. */
final class ScanSections {

  private ScanSections() {
  }

  static void problems(Html h, ScanResult result, ReportTexts t) {
    Inventory inv = result.inventory();
    h.open("section", "id", "problems", "aria-labelledby", "problems-h")
        .element("h2", t.get("section.problems"), "id", "problems-h");
    if (inv.complete()) {
      h.element("p", t.get("inventory.complete"));
    } else {
      h.element("p", t.get("inventory.incomplete"), "class", "incomplete");
    }
    if (inv.problems().isEmpty()) {
      h.element("p", t.get("problems.none"));
    } else {
      h.open("table").open("thead").open("tr");
      for (String col : new String[] {"problem.severity", "problem.location", "problem.source", "problem.message"}) {
        h.element("th", t.get(col), "scope", "col");
      }
      h.close("tr").close("thead").open("tbody").newline();
      for (Problem p : inv.problems()) {
        h.open("tr").element("td", t.label("problem", p.severity()))
            .open("td").element("code", p.location() == null ? "" : p.location().toString()).close("td")
            .element("td", p.source()).element("td", p.message()).close("tr").newline();
      }
      h.close("tbody").close("table");
    }
    h.close("section").newline();
  }

  static void provenance(Html h, ScanResult result, ReportTexts t) {
    Provenance p = result.inventory().provenance();
    h.open("section", "id", "provenance", "aria-labelledby", "provenance-h")
        .element("h2", t.get("section.provenance"), "id", "provenance-h").open("dl", "class", "facts");
    fact(h, t.get("provenance.source"), p.source());
    fact(h, t.get("provenance.kind"), p.sourceKind().id());
    fact(h, t.get("provenance.gitRemote"), p.gitRemote());
    fact(h, t.get("provenance.gitCommit"), p.gitCommit());
    fact(h, t.get("provenance.gitBranch"), p.gitBranch());
    fact(h, t.get("provenance.time"), p.timestamp().toString());
    fact(h, t.get("provenance.tool"), "Autonomy " + p.toolVersion());
    Assessment a = result.assessment();
    if (a != null) {
      fact(h, t.get("provenance.policy"), a.policyId() + " (" + a.policyDigest() + ")");
    }
    for (nl.autonomy.core.model.SharedSource x : p.sharedSources()) {
      fact(h, t.format("provenance.shared", x.kind()), x.spec() + " @ " + x.commit() + " (" + x.sha256() + ")");
    }
    fact(h, t.get("provenance.files"), String.valueOf(result.inventory().walk().files()));
    if (result.unrecognisedEndpoints() != null && result.unrecognisedEndpoints().total() > 0) {
      fact(h, t.get("provenance.unrecognisedHosts"), t.format("provenance.unrecognisedHosts.value",
          result.unrecognisedEndpoints().total()));
    }
    h.close("dl").close("section").newline();
  }

  private static void fact(Html h, String term, String value) {
    if (value != null) {
      h.element("dt", term).open("dd").element("code", value).close("dd");
    }
  }
}

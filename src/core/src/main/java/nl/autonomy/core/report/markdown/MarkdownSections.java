package nl.autonomy.core.report.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.ReportView;
import nl.autonomy.core.report.view.ServiceView;
import nl.autonomy.core.report.view.Share;
import nl.autonomy.core.report.view.Shares;
import nl.autonomy.core.sovereignty.Criterion;
import nl.autonomy.core.sovereignty.EuCsfEstimate;
import nl.autonomy.core.sovereignty.EuCsfEstimator;
import nl.autonomy.core.sovereignty.ObjectiveEstimate;

/** The sections of report.md after the verdict, each within what is left of the size budget. */
final class MarkdownSections {

  private static final int MAX_PLACES = 3;
  private static final int MAX_BARS = 10;

  private final Markdown md;
  private final ScanResult result;
  private final ReportTexts t;
  private final List<Finding> findings;

  MarkdownSections(Markdown md, ScanResult result, ReportTexts t) {
    this.md = md;
    this.result = result;
    this.t = t;
    this.findings = result.assessment() == null ? List.of() : result.assessment().findings();
  }

  /** The findings this change brings: what a reviewer must see first. */
  void newFindings() {
    List<Finding> fresh = findings.stream().filter(Finding::countsForVerdict).toList();
    if (result.assessment() == null) {
      return;
    }
    md.add("\n### " + t.get("md.newFindings") + " (" + fresh.size() + ")\n");
    if (fresh.isEmpty()) {
      md.add("\n" + t.get("findings.none") + "\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : fresh) {
      rows.add(List.of(t.label("severity", f.severity()), code(f.ruleId()), Markdown.escape(f.subject().name()),
          Markdown.escape(f.message(t.locale())), Markdown.escape(f.howToFix(t.locale())), places(f)));
    }
    more(md.table(List.of(t.get("finding.severity"), t.get("finding.rule"), t.get("finding.subject"),
        t.get("finding.message"), t.get("finding.howToFix"), t.get("finding.where")), rows));
  }

  void services() {
    List<ServiceView> services = ReportView.services(result);
    md.add("\n### " + t.get("section.services") + " (" + services.size() + ")\n");
    if (services.isEmpty()) {
      md.add("\n" + t.get("services.none") + "\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (ServiceView v : services) {
      List<String> places = new ArrayList<>();
      for (Map.Entry<String, List<Integer>> e : v.usedIn().entrySet()) {
        places.add(code(ReportView.place(e.getKey(), e.getValue())));
      }
      String wayOut = String.join(", ", v.service().alternatives())
          + (v.service().standard() == null ? "" : " (" + t.get("service.standard") + ": " + v.service().standard() + ")");
      rows.add(List.of(Markdown.escape(v.service().name()), Markdown.escape(v.vendor().name()),
          Markdown.escape(v.jurisdiction() == null ? t.get("unknown") : v.jurisdiction()),
          t.label("lockin", v.service().lockIn()),
          v.service().depth() == null ? "" : t.label("effort", v.service().depth().effort()),
          limited(places), Markdown.escape(wayOut.strip())));
    }
    more(md.table(List.of(t.get("service.service"), t.get("service.vendor"), t.get("service.jurisdiction"),
        t.get("service.lockIn"), t.get("service.exitEffort"), t.get("service.usedIn"), t.get("service.wayOut")), rows));
  }

  /** Findings that were there before or are waived: context, collapsed. */
  void otherFindings() {
    List<Finding> other = findings.stream().filter(f -> !f.countsForVerdict()).toList();
    if (other.isEmpty() || !open(t.get("md.otherFindings") + " (" + other.size() + ")")) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : other) {
      String waiver = f.waiver() == null ? "" : Markdown.escape(f.waiver().expires() == null
          ? t.format("finding.waivedNoExpiry", f.waiver().reason(), f.waiver().owner())
          : t.format("finding.waived", f.waiver().reason(), f.waiver().owner(), f.waiver().expires().toString()));
      rows.add(List.of(t.label("severity", f.severity()), t.label("status", f.status()), code(f.ruleId()),
          Markdown.escape(f.subject().name()), Markdown.escape(f.message(t.locale())), waiver));
    }
    more(md.table(List.of(t.get("finding.severity"), t.get("finding.status"), t.get("finding.rule"),
        t.get("finding.subject"), t.get("finding.message"), t.get("finding.waiver")), rows));
    md.close("\n</details>\n");
  }

  void ownership() {
    List<Component> runtime = ReportView.runtimeComponents(result.inventory());
    if (runtime.isEmpty() || !open(t.get("md.ownership") + " (" + runtime.size() + ")")) {
      return;
    }
    shares(t.get("chart.vendor"), Shares.of(runtime, c -> ReportView.vendorLabel(c, t), MAX_BARS, t.get("chart.other")));
    shares(t.get("chart.jurisdiction"),
        Shares.of(runtime, c -> ReportView.jurisdictionLabel(c, t), MAX_BARS, t.get("chart.other")));
    shares(t.get("chart.license"), Shares.of(runtime, c -> ReportView.categoryLabel(c, t), MAX_BARS, t.get("chart.other")));
    md.close("\n</details>\n");
  }

  private void shares(String title, List<Share> shares) {
    List<List<String>> rows = new ArrayList<>();
    for (Share s : shares) {
      rows.add(List.of(Markdown.escape(s.label()), String.valueOf(s.count()),
          String.format(java.util.Locale.ROOT, "%.0f%%", s.percent())));
    }
    more(md.table(List.of(title, t.get("chart.count"), t.get("chart.share")), rows));
  }

  void problems() {
    List<Problem> problems = result.inventory().problems();
    String status = t.get(result.inventory().complete() ? "inventory.complete" : "inventory.incomplete");
    if (problems.isEmpty()) {
      md.add("\n" + status + "\n");
      return;
    }
    if (!open(t.get("section.problems") + " (" + problems.size() + ")")) {
      return;
    }
    md.add("\n" + status + "\n");
    List<List<String>> rows = new ArrayList<>();
    for (Problem p : problems) {
      rows.add(List.of(t.label("problem", p.severity()), p.location() == null ? "" : code(p.location().toString()),
          Markdown.escape(p.message())));
    }
    more(md.table(List.of(t.get("problem.severity"), t.get("problem.location"), t.get("problem.message")), rows));
    md.close("\n</details>\n");
  }

  /** The EU Cloud Sovereignty Framework estimate, folded: one table, labelled as an estimate. */
  void euCsf() {
    EuCsfEstimate e = EuCsfEstimator.estimate(result.inventory());
    if (!open(t.get("section.eu-csf") + ": SEAL-" + e.level())) {
      return;
    }
    md.add("\n" + Markdown.escape(t.get("eucsf.notice")) + "\n\n"
        + Markdown.escape(t.format("eucsf.overall", e.level(), String.join(", ", e.limitedBy()))) + "\n");
    if (e.partial()) {
      md.add("\n" + Markdown.escape(t.get("eucsf.partial")) + "\n");
    }
    List<List<String>> rows = new ArrayList<>();
    for (ObjectiveEstimate o : e.objectives()) {
      Criterion limit = o.limitingCriterion();
      rows.add(List.of(Markdown.escape(o.id() + " " + o.title()), o.weight() + "%",
          o.level() == null ? Markdown.escape(t.get("eucsf.notFromCode")) : "SEAL-" + o.level(),
          o.level() == null ? Markdown.escape(String.join("; ", o.notAnswerable()))
              : limit == null ? Markdown.escape(t.get("eucsf.noLimit"))
              : Markdown.escape(limit.id() + " (" + t.get("eucsf.status." + limit.status().id()) + "): " + limit.text())
                  + (limit.evidence().isEmpty() ? "" : " " + code(String.join(", ", limit.evidence())))));
    }
    more(md.table(List.of(t.get("eucsf.objective"), t.get("eucsf.weight"), t.get("eucsf.level"),
        t.get("eucsf.limitedBy")), rows));
    md.close("\n</details>\n");
  }

  /** Each supplier SBOM and the SBOM this scan writes, against NTIA, BSI TR-03183-2 and the CRA. */
  void sbomQuality() {
    List<nl.autonomy.core.model.SbomQuality> judged = new ArrayList<>();
    result.inventory().suppliedSboms().forEach(s -> judged.add(s.quality()));
    if (result.sbomQuality() != null) {
      judged.add(result.sbomQuality());
    }
    judged.removeIf(java.util.Objects::isNull);
    if (judged.isEmpty() || !open(t.get("section.sbomQuality"))) {
      return;
    }
    md.add("\n");
    List<List<String>> rows = new ArrayList<>();
    for (nl.autonomy.core.model.SbomQuality q : judged) {
      List<String> row = new ArrayList<>();
      row.add(q.subject().equals("autonomy") ? t.get("sbomQuality.own") : code(q.subject()));
      for (String id : List.of("ntia", "bsi", "cra")) {
        nl.autonomy.core.model.SbomQuality.Conformance c = q.standard(id);
        row.add(c == null ? "" : c.conformant() ? t.get("sbomQuality.conformant")
            : t.get("sbomQuality.notConformant") + ": " + Markdown.escape(String.join(", ", c.failing())));
      }
      rows.add(row);
    }
    more(md.table(List.of(t.get("sbomQuality.sbom"), "NTIA", "BSI TR-03183-2", "CRA"), rows));
    md.close("\n</details>\n");
  }

  void provenance() {
    Provenance p = result.inventory().provenance();
    if (!open(t.get("section.provenance"))) {
      return;
    }
    md.add("\n");
    item(t.get("provenance.source"), p.source());
    item(t.get("provenance.gitRemote"), p.gitRemote());
    item(t.get("provenance.gitCommit"), p.gitCommit());
    item(t.get("provenance.time"), p.timestamp().toString());
    item(t.get("provenance.tool"), "Autonomy " + p.toolVersion());
    if (result.assessment() != null) {
      item(t.get("provenance.policy"), result.assessment().policyId() + " (" + result.assessment().policyDigest() + ")");
    }
    for (nl.autonomy.core.model.SharedSource x : p.sharedSources()) {
      item(t.format("provenance.shared", x.kind()), x.spec() + " @ " + x.commit() + " (" + x.sha256() + ")");
    }
    if (result.unrecognisedEndpoints() != null && result.unrecognisedEndpoints().total() > 0) {
      item(t.get("provenance.unrecognisedHosts"), t.format("provenance.unrecognisedHosts.value",
          result.unrecognisedEndpoints().total()));
    }
    item(t.get("section.components"), String.valueOf(result.inventory().components().size()));
    md.close("\n</details>\n");
  }

  private void item(String label, String value) {
    if (value != null) {
      md.add("- " + label + ": " + code(value) + "\n");
    }
  }

  private boolean open(String summary) {
    return md.add("\n<details><summary>" + Markdown.escape(summary) + "</summary>\n");
  }

  private void more(int left) {
    if (left > 0) {
      md.close("\n" + t.format("md.more", left) + "\n");
    }
  }

  private String places(Finding f) {
    return limited(f.evidence().stream().map(e -> code(e.location().toString())).distinct().toList());
  }

  private static String limited(List<String> places) {
    String shown = String.join(", ", places.subList(0, Math.min(MAX_PLACES, places.size())));
    return places.size() > MAX_PLACES ? shown + " +" + (places.size() - MAX_PLACES) : shown;
  }

  private static String code(String value) {
    return Markdown.code(value);
  }
}

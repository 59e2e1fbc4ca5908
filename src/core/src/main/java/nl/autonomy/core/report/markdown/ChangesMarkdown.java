package nl.autonomy.core.report.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.autonomy.core.diff.AspectChange;
import nl.autonomy.core.diff.ChangeCounts;
import nl.autonomy.core.diff.ChangeNote;
import nl.autonomy.core.diff.Changes;
import nl.autonomy.core.diff.ComponentRef;
import nl.autonomy.core.diff.FindingRef;
import nl.autonomy.core.diff.LicenseChange;
import nl.autonomy.core.diff.LicenseChangeKind;
import nl.autonomy.core.diff.ServiceChange;
import nl.autonomy.core.diff.ServiceRef;
import nl.autonomy.core.diff.VendorChange;
import nl.autonomy.core.diff.VendorSummary;
import nl.autonomy.core.diff.VersionChange;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.report.view.ReportTexts;

/**
 * What changed, as GitHub-flavoured Markdown: the whole comparison for {@code autonomy diff}
 * ({@code diff.md}, a pull-request comment), or the short section of report.md for
 * {@code scan --baseline}. What a reviewer must see comes first (verdict and score, new lock-in,
 * relicensing, services, vendors, findings); the long lists sit in collapsed {@code <details>}.
 * Every value from a scan is escaped as report.md escapes it; the order is the engine's, so the
 * same two inputs give the same text.
 */
public final class ChangesMarkdown {

  private final Markdown md;
  private final Changes c;
  private final ReportTexts t;

  private ChangesMarkdown(Markdown md, Changes c, ReportTexts t) {
    this.md = md;
    this.c = c;
    this.t = t;
  }

  /** The whole comparison, for {@code autonomy diff}. */
  public static String render(Changes changes, Locale locale) {
    ReportTexts t = ReportTexts.of(locale);
    Markdown md = new Markdown();
    ChangesMarkdown w = new ChangesMarkdown(md, changes, t);
    md.add("## " + t.get("changes.diffTitle") + ": " + Markdown.code(changes.from().label()) + " → "
        + Markdown.code(changes.to().label()) + "\n");
    w.sides();
    w.body(true);
    if (md.truncated()) {
      md.close("\n> " + t.get("md.truncated") + "\n");
    }
    return md.toString();
  }

  /** The section of report.md for a scan with {@code --baseline}. */
  static void section(Markdown md, Changes changes, ReportTexts t) {
    md.add("\n### " + t.get("changes.title") + "\n\n" + Markdown.escape(t.format("changes.baseline",
        changes.from().label())) + "\n");
    new ChangesMarkdown(md, changes, t).body(false);
  }

  private void sides() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t.get("changes.before"), Markdown.code(c.from().source()), Markdown.code(c.from().commit()),
        c.from().timestamp() == null ? "" : Markdown.escape(c.from().timestamp().toString()),
        Markdown.code(c.from().policyId()), String.valueOf(c.from().components())));
    rows.add(List.of(t.get("changes.after"), Markdown.code(c.to().source()), Markdown.code(c.to().commit()),
        c.to().timestamp() == null ? "" : Markdown.escape(c.to().timestamp().toString()),
        Markdown.code(c.to().policyId()), String.valueOf(c.to().components())));
    md.table(List.of("", t.get("provenance.source"), t.get("provenance.gitCommit"), t.get("provenance.time"),
        t.get("verdict.policy"), t.get("changes.componentCount")), rows);
  }

  private void body(boolean full) {
    md.add("\n");
    scoreAndVerdict();
    counts();
    if (c.counts().none() && c.notes().isEmpty()) {
      md.add("\n" + t.get("changes.none") + "\n");
      return;
    }
    services(":warning: " + t.get("changes.newLockIn"), serviceRefs(c.newLockIn(), true));
    relicensing();
    services(t.get("changes.servicesGained"), c.servicesGained());
    services(t.get("changes.servicesLost"), c.servicesLost());
    servicesChanged();
    vendors(t.get("changes.newVendors"), c.newVendors(), false);
    if (full) {
      findings(t.get("changes.newFindings"), c.newFindings(), false);
      findings(t.get("changes.resolvedFindings"), c.resolvedFindings(), true);
      versions();
      components(t.get("changes.added"), c.added());
      components(t.get("changes.removed"), c.removed());
      otherLicenses();
      vendorChanges();
      vendors(t.get("changes.lostVendors"), c.lostVendors(), true);
      services(t.get("changes.removedLockIn"), serviceRefs(c.removedLockIn(), false));
    }
    if (!c.notes().isEmpty()) {
      md.add("\n");
      for (ChangeNote n : c.notes()) {
        md.add("> :warning: " + Markdown.escape(n.message()) + "\n>\n");
      }
    }
  }

  private void scoreAndVerdict() {
    if (c.score() == null || c.verdict() == null) {
      md.add(t.get("changes.notCompared") + "\n");
      return;
    }
    Verdict to = c.verdict().to();
    String icon = to == Verdict.PASS ? ":white_check_mark:" : ":x:";
    String verdict = c.verdict().changed()
        ? t.label("verdict", c.verdict().from()) + " → **" + t.label("verdict", to) + "**"
        : "**" + t.label("verdict", to) + "**";
    md.add(icon + " " + verdict + " · " + t.get("changes.score") + " " + whole(c.score().from()) + " → **"
        + whole(c.score().to()) + "** (" + delta(c.score().from(), c.score().to()) + ")\n");
    List<List<String>> rows = new ArrayList<>();
    for (AspectChange a : c.score().aspects()) {
      rows.add(List.of(t.label("aspect", a.aspect()), a.from() == null ? "" : String.valueOf(whole(a.from())),
          a.to() == null ? "" : String.valueOf(whole(a.to())),
          a.from() == null || a.to() == null ? "" : delta(a.from(), a.to())));
    }
    md.table(List.of(t.get("score.aspect"), t.get("changes.before"), t.get("changes.after"), t.get("changes.delta")),
        rows);
    md.add("\n");
  }

  /** Differences of what people read: whole percents, rounded down as everywhere, so 62 → 55 reads -7. */
  private static String delta(double from, double to) {
    int d = whole(to) - whole(from);
    return d == 0 ? "±0" : String.format(Locale.ROOT, "%+d", d);
  }

  private static int whole(double score) {
    return Score.whole(score);
  }

  private void counts() {
    ChangeCounts n = c.counts();
    List<String> lines = new ArrayList<>();
    lines.add(t.format("changes.line.components", n.added(), n.removed(), n.upgraded(), n.downgraded()));
    lines.add(t.format("changes.line.licenses", n.relicensed(), n.licenseChanged() - n.relicensed()));
    lines.add(t.format("changes.line.vendors", n.newVendors(), n.lostVendors()));
    lines.add(t.format("changes.line.services", n.servicesGained(), n.servicesLost(), n.servicesChanged()));
    if (n.newFindings() != null) {
      lines.add(t.format("changes.line.findings", n.newFindings(), n.resolvedFindings()));
    }
    for (String line : lines) {
      md.add("- " + Markdown.escape(line) + "\n");
    }
  }

  private List<ServiceRef> serviceRefs(List<String> ids, boolean fromNew) {
    List<ServiceRef> all = new ArrayList<>(fromNew ? c.servicesGained() : c.servicesLost());
    c.servicesChanged().forEach(s -> all.add(fromNew ? s.to() : s.from()));
    return ids.stream().map(id -> all.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null))
        .filter(java.util.Objects::nonNull).toList();
  }

  private void services(String title, List<ServiceRef> services) {
    if (services.isEmpty()) {
      return;
    }
    md.add("\n### " + title + " (" + services.size() + ")\n");
    more(md.table(List.of(t.get("changes.service"), t.get("changes.vendor"), t.get("changes.lockIn"),
        t.get("changes.usage"), t.get("changes.effort")), services.stream().map(this::serviceRow).toList()));
  }

  private List<String> serviceRow(ServiceRef s) {
    return List.of(Markdown.escape(s.name()) + " " + Markdown.code(s.id()), Markdown.escape(s.vendor()),
        t.label("lockin", s.lockIn()), s.usage() == null ? "" : t.label("usage", s.usage()),
        s.effort() == null ? "" : t.label("effort", s.effort()));
  }

  private void servicesChanged() {
    List<ServiceChange> list = c.servicesChanged();
    if (list.isEmpty()) {
      return;
    }
    md.add("\n### " + t.get("changes.servicesChanged") + " (" + list.size() + ")\n");
    List<List<String>> rows = new ArrayList<>();
    for (ServiceChange s : list) {
      rows.add(List.of(Markdown.escape(s.name()) + " " + Markdown.code(s.id()),
          t.label("lockin", s.from().lockIn()) + " → " + t.label("lockin", s.to().lockIn()),
          label("usage", s.from().usage()) + " → " + label("usage", s.to().usage()),
          label("effort", s.from().effort()) + " → " + label("effort", s.to().effort()),
          s.from().files() + " → " + s.to().files()));
    }
    more(md.table(List.of(t.get("changes.service"), t.get("changes.lockIn"), t.get("changes.usage"),
        t.get("changes.effort"), "Files"), rows));
  }

  private String label(String prefix, nl.autonomy.core.model.Identified value) {
    return value == null ? "" : t.label(prefix, value);
  }

  private void relicensing() {
    List<LicenseChange> list = c.relicensing();
    if (list.isEmpty()) {
      return;
    }
    md.add("\n### :warning: " + t.get("changes.relicensing") + " (" + list.size() + ")\n");
    more(md.table(List.of(t.get("changes.package"), t.get("changes.version"), t.get("changes.license"),
        t.get("changes.category"), ""), list.stream().map(this::licenseRow).toList()));
  }

  private List<String> licenseRow(LicenseChange l) {
    return List.of(Markdown.code(l.name()), versionText(l.fromVersion(), l.toVersion()),
        license(l.from()) + " → " + license(l.to()),
        category(l.fromCategory()) + " → **" + category(l.toCategory()) + "**",
        l.direction() == null ? t.get("changes.kind." + l.kind().id()) : t.get("changes.restriction." + l.direction().id()));
  }

  private String license(String expression) {
    return expression == null ? t.get("changes.unknown") : Markdown.code(expression);
  }

  private String category(LicenseCategory category) {
    return t.label("category", category);
  }

  private static String versionText(String from, String to) {
    return java.util.Objects.equals(from, to) ? Markdown.escape(to) : Markdown.escape(from) + " → " + Markdown.escape(to);
  }

  private void otherLicenses() {
    List<LicenseChange> list = c.licenses().stream().filter(l -> l.kind() != LicenseChangeKind.RELICENSED).toList();
    details(t.get("changes.licenses"), list, List.of(t.get("changes.package"), t.get("changes.version"),
        t.get("changes.license"), t.get("changes.category"), ""), this::licenseRow);
  }

  private void vendors(String title, List<VendorSummary> vendors, boolean collapsed) {
    if (vendors.isEmpty()) {
      return;
    }
    List<String> head = List.of(t.get("changes.vendor"), t.get("changes.country"), t.get("changes.jurisdictions"),
        t.get("changes.componentCount"), t.get("changes.services"));
    Function<VendorSummary, List<String>> row = v -> List.of(Markdown.escape(v.name()) + " " + Markdown.code(v.id()),
        Markdown.escape(v.country()), Markdown.escape(String.join(", ", v.jurisdictions())),
        String.valueOf(v.components()), String.join(", ", v.services().stream().map(Markdown::code).toList()));
    if (collapsed) {
      details(title, vendors, head, row);
      return;
    }
    md.add("\n### " + title + " (" + vendors.size() + ")\n");
    more(md.table(head, vendors.stream().map(row).toList()));
  }

  private void findings(String title, List<FindingRef> findings, boolean collapsed) {
    if (findings == null || findings.isEmpty()) {
      return;
    }
    List<String> head = List.of(t.get("finding.severity"), t.get("finding.rule"), t.get("finding.subject"),
        t.get("finding.message"));
    Function<FindingRef, List<String>> row = f -> List.of(t.label("severity", f.severity()), Markdown.code(f.ruleId()),
        Markdown.escape(f.subject()) + (f.subjects() > 1 ? " (" + Markdown.escape(t.format("finding.subjects", f.subjects())) + ")" : ""),
        Markdown.escape(f.message()));
    if (collapsed) {
      details(title, findings, head, row);
      return;
    }
    md.add("\n### " + title + " (" + findings.size() + ")\n");
    more(md.table(head, findings.stream().map(row).toList()));
  }

  private void versions() {
    details(t.get("changes.versions"), c.versions(), List.of(t.get("changes.package"), t.get("changes.before"),
        t.get("changes.after"), ""), (VersionChange v) -> List.of(Markdown.code(v.name()) + " " + Markdown.escape(v.ecosystem()),
        Markdown.escape(v.from()), Markdown.escape(v.to()), t.get("changes.direction." + v.direction().id())));
  }

  private void components(String title, List<ComponentRef> list) {
    details(title, list, List.of(t.get("changes.package"), t.get("changes.version"), t.get("changes.scope"),
        t.get("changes.license"), t.get("changes.vendor")), (ComponentRef r) -> List.of(
        Markdown.code(r.name()) + " " + Markdown.escape(r.ecosystem()), Markdown.escape(r.version()),
        Markdown.escape(r.scope().id()), license(r.license()), r.vendor() == null ? t.get("changes.unknown") : Markdown.escape(r.vendor())));
  }

  private void vendorChanges() {
    details(t.get("changes.vendorChanges"), c.vendorChanges(), List.of(t.get("changes.package"),
        t.get("changes.before"), t.get("changes.after")), (VendorChange v) -> List.of(Markdown.code(v.name()),
        Markdown.escape(v.fromName() == null ? v.from() : v.fromName()),
        Markdown.escape(v.toName() == null ? v.to() : v.toName())));
  }

  private <T> void details(String title, List<T> items, List<String> head, Function<T, List<String>> row) {
    if (items.isEmpty()) {
      return;
    }
    if (!md.add("\n<details><summary>" + Markdown.escape(title) + " (" + items.size() + ")</summary>\n")) {
      return;
    }
    int left = md.table(head, items.stream().map(row).toList());
    md.close((left > 0 ? "\n" + t.format("changes.more", left) + "\n" : "") + "\n</details>\n");
  }

  private void more(int left) {
    if (left > 0) {
      md.close("\n" + t.format("changes.more", left) + "\n");
    }
  }
}

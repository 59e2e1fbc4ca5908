package nl.autonomy.core.summary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Coverage;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.text.Printable;

/**
 * The short plain-text summary both front ends print (CLI on stdout, Maven plugin in the build
 * log), so a person sees the same thing wherever they run Autonomy: what was found, whose it is,
 * the verdict with the one-sentence answer, the top findings and where the reports are.
 */
public final class SummaryRenderer {

  private static final int MAX_PROBLEMS_SHOWN = 10;
  private static final int MAX_FINDINGS_SHOWN = 5;

  private final Ansi ansi;
  private final SummaryTexts t;

  /** A summary in English. */
  public SummaryRenderer(boolean colour) {
    this(colour, Locale.ENGLISH);
  }

  /** A summary in {@code locale}'s language (English or Dutch; another language gets English). */
  public SummaryRenderer(boolean colour, Locale locale) {
    this.ansi = new Ansi(colour);
    this.t = new SummaryTexts(locale);
  }

  public List<String> render(ScanResult result, List<Path> written) {
    return render(result, written, result.durationMillis());
  }

  /**
   * The summary, with {@code totalMillis} as the run's time: what the user waited for, from
   * preparing the source (clone, unpacking) through scanning to writing the reports.
   */
  public List<String> render(ScanResult result, List<Path> written, long totalMillis) {
    Inventory inv = result.inventory();
    List<String> lines = new ArrayList<>();
    String name = inv.project().version() == null
        ? inv.project().coordinates() : inv.project().coordinates() + "@" + inv.project().version();
    lines.add(ansi.bold(t.format("title", p(name))));
    inventoryLines(inv, lines);
    new OwnershipLines(ansi, t).render(inv, lines);
    problemLines(inv, lines);
    changeLines(result.changes(), lines);
    if (result.assessment() != null) {
      assessmentLines(result, lines);
    }
    for (Path p : written) {
      lines.add(row(t.get("row.wrote"), p(p.toString())));
    }
    lines.add(row(t.get("row.time"), String.format(Locale.ROOT, "%.1f s", totalMillis / 1000.0)));
    return lines;
  }

  private void inventoryLines(Inventory inv, List<String> lines) {
    InventoryCounts n = InventoryCounts.of(inv);
    lines.add(row(t.get("row.modules"), String.valueOf(n.modules() + 1)));
    lines.add(row(t.get("row.components"), t.format("components", n.components(), n.direct(), n.transitive())));
    StringBuilder scopes = new StringBuilder();
    for (Scope s : Scope.values()) {
      if (scopes.length() > 0) {
        scopes.append(", ");
      }
      scopes.append(n.byScope().get(s)).append(' ').append(t.get("scope." + s.id()));
    }
    lines.add(row(t.get("row.byScope"), scopes.toString()));
  }

  private void problemLines(Inventory inv, List<String> lines) {
    InventoryCounts n = InventoryCounts.of(inv);
    if (n.errors() + n.warnings() == 0) {
      lines.add(row(t.get("row.problems"), ansi.green(t.get("problems.none"))));
      return;
    }
    String text = t.format("problems.count", n.errors(), n.warnings())
        + (inv.complete() ? "" : t.get("problems.incomplete"));
    lines.add(row(t.get("row.problems"), n.errors() > 0 ? ansi.red(text) : ansi.yellow(text)));
    inv.problems().stream().limit(MAX_PROBLEMS_SHOWN).map(p -> "  " + problemLine(p)).forEach(lines::add);
    if (inv.problems().size() > MAX_PROBLEMS_SHOWN) {
      lines.add("  " + t.format("problems.more", inv.problems().size() - MAX_PROBLEMS_SHOWN));
    }
  }

  /** With {@code --baseline}: one line of what changed since it (report.md and report.html have more). */
  private void changeLines(nl.autonomy.core.diff.Changes changes, List<String> lines) {
    if (changes == null) {
      return;
    }
    nl.autonomy.core.diff.ChangeCounts n = changes.counts();
    String text = String.format(Locale.ROOT, "since %s: %d added, %d removed, %d upgraded, %d downgraded;"
        + " %d relicensing (%d more restrictive); %d new vendor(s); %d service(s) gained, %d lost; %d new lock-in",
        changes.from().label(), n.added(), n.removed(), n.upgraded(), n.downgraded(), n.relicensed(),
        n.relicensedRestrictive(), n.newVendors(), n.servicesGained(), n.servicesLost(), n.newLockIn());
    lines.add(row("Changed", n.newLockIn() + n.relicensedRestrictive() > 0 ? ansi.yellow(p(text)) : p(text)));
  }

  private void assessmentLines(ScanResult result, List<String> lines) {
    Assessment a = result.assessment();
    String verdict = a.verdict() == Verdict.PASS ? ansi.green(t.get("verdict.pass")) : ansi.red(t.get("verdict.fail"));
    lines.add(row(t.get("row.verdict"), t.format("verdict.against", verdict, p(a.policyId()), a.failOn().id())));
    lines.add(row(t.get("row.answer"), ansi.bold(p(nl.autonomy.core.report.view.ReportView.answer(a, t.locale())))));
    StringBuilder score = new StringBuilder(t.format("score.overall", Score.whole(a.score().overall())));
    a.score().aspects().forEach(s -> score.append(", ").append(Score.whole(s.score())).append(' ')
        .append(t.get("aspect." + s.aspect().id())));
    if (a.score().partial()) {
      score.append(ansi.yellow(t.get("score.partial")));
    }
    lines.add(row(t.get("row.score"), score.toString()));
    Coverage c = a.summary().coverage() != null ? a.summary().coverage() : Coverage.of(result.inventory());
    if (c.components() > 0) {
      lines.add(row(t.get("row.coverage"), t.format("coverage", Score.whole(100 * c.licenseShare()),
          Score.whole(100 * c.vendorShare()), String.format(Locale.ROOT, "%,d", c.components()))));
    }
    long errors = count(a, Severity.ERROR);
    long warnings = count(a, Severity.WARNING);
    long infos = count(a, Severity.INFO);
    long waived = a.findings().stream().filter(Finding::waived).count();
    long grouped = a.findings().stream().filter(Finding::grouped).count();
    int covered = a.findings().stream().filter(Finding::grouped).mapToInt(Finding::subjectCount).sum();
    lines.add(row(t.get("row.findings"), t.format("findings.counts", errors, warnings, infos)
        + (waived > 0 ? t.format("findings.waived", waived) : "")
        + (grouped > 0 ? t.format("findings.grouped", grouped, covered) : "")));
    a.findings().stream().filter(f -> !f.waived()).limit(MAX_FINDINGS_SHOWN)
        .map(f -> "  " + severity(f.severity()) + " " + p(f.ruleId()) + ": " + p(f.message(t.locale())))
        .forEach(lines::add);
    a.waiverNotices().forEach(w -> lines.add("  " + ansi.yellow(t.format("waiver", w.kind().id())) + " " + p(w.message())));
  }

  private static long count(Assessment a, Severity severity) {
    return a.findings().stream().filter(f -> !f.waived() && f.severity() == severity).count();
  }

  /** The severity, padded to the longest label of the language so the messages line up. */
  private String severity(Severity s) {
    int width = 0;
    for (Severity each : Severity.values()) {
      width = Math.max(width, t.get("severity." + each.id()).length());
    }
    String label = String.format(Locale.ROOT, "%-" + width + "s", t.get("severity." + s.id()));
    return switch (s) {
      case ERROR -> ansi.red(label);
      case WARNING -> ansi.yellow(label);
      case INFO -> label;
    };
  }

  private String problemLine(Problem p) {
    String sev = p.severity() == Problem.Severity.ERROR ? ansi.red("error") : ansi.yellow("warning");
    return (p.location() == null ? "" : p(p.location().toString()) + ": ") + sev + ": " + p(p.message());
  }

  /**
   * Text that came from input, made printable: these lines go to a terminal (and colours are
   * added around them), so a control sequence in a scanned file must not reach it raw.
   */
  private static String p(String text) {
    return Printable.of(text);
  }

  static String row(String label, String value) {
    return String.format(Locale.ROOT, "  %-11s %s", label, value);
  }
}

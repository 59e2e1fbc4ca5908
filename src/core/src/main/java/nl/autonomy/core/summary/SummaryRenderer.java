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

  public SummaryRenderer(boolean colour) {
    this.ansi = new Ansi(colour);
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
    lines.add(ansi.bold("Autonomy scan of " + p(name)));
    inventoryLines(inv, lines);
    new OwnershipLines(ansi).render(inv, lines);
    problemLines(inv, lines);
    changeLines(result.changes(), lines);
    if (result.assessment() != null) {
      assessmentLines(result, lines);
    }
    for (Path p : written) {
      lines.add(row("Wrote", p(p.toString())));
    }
    lines.add(row("Time", String.format(Locale.ROOT, "%.1f s", totalMillis / 1000.0)));
    return lines;
  }

  private static void inventoryLines(Inventory inv, List<String> lines) {
    InventoryCounts n = InventoryCounts.of(inv);
    lines.add(row("Modules", String.valueOf(n.modules() + 1)));
    lines.add(row("Components", n.components() + " (" + n.direct() + " direct, " + n.transitive() + " transitive)"));
    StringBuilder scopes = new StringBuilder();
    for (Scope s : Scope.values()) {
      if (scopes.length() > 0) {
        scopes.append(", ");
      }
      scopes.append(n.byScope().get(s)).append(' ').append(s.id());
    }
    lines.add(row("By scope", scopes.toString()));
  }

  private void problemLines(Inventory inv, List<String> lines) {
    InventoryCounts n = InventoryCounts.of(inv);
    if (n.errors() + n.warnings() == 0) {
      lines.add(row("Problems", ansi.green("none: the SBOM is complete")));
      return;
    }
    String text = n.errors() + " error(s), " + n.warnings() + " warning(s)"
        + (inv.complete() ? "" : ": the SBOM is INCOMPLETE");
    lines.add(row("Problems", n.errors() > 0 ? ansi.red(text) : ansi.yellow(text)));
    inv.problems().stream().limit(MAX_PROBLEMS_SHOWN).map(p -> "  " + problemLine(p)).forEach(lines::add);
    if (inv.problems().size() > MAX_PROBLEMS_SHOWN) {
      lines.add("  ... and " + (inv.problems().size() - MAX_PROBLEMS_SHOWN) + " more (see report.json)");
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
    String verdict = a.verdict() == Verdict.PASS ? ansi.green("PASS") : ansi.red("FAIL");
    lines.add(row("Verdict", verdict + " against policy '" + p(a.policyId()) + "' (fail on " + a.failOn().id() + ")"));
    lines.add(row("Answer", ansi.bold(p(a.answer()))));
    StringBuilder score = new StringBuilder(Score.whole(a.score().overall()) + " overall");
    a.score().aspects().forEach(s -> score.append(", ").append(Score.whole(s.score())).append(' ').append(s.aspect().id()));
    if (a.score().partial()) {
      score.append(ansi.yellow(" (partial: of what could be read)"));
    }
    lines.add(row("Score", score.toString()));
    Coverage c = a.summary().coverage() != null ? a.summary().coverage() : Coverage.of(result.inventory());
    if (c.components() > 0) {
      lines.add(row("Coverage", "license known for " + Score.whole(100 * c.licenseShare()) + "%, vendor for "
          + Score.whole(100 * c.vendorShare()) + "% of " + String.format(Locale.ROOT, "%,d", c.components()) + " third-party components"));
    }
    long errors = count(a, Severity.ERROR);
    long warnings = count(a, Severity.WARNING);
    long infos = count(a, Severity.INFO);
    long waived = a.findings().stream().filter(Finding::waived).count();
    long grouped = a.findings().stream().filter(Finding::grouped).count();
    int covered = a.findings().stream().filter(Finding::grouped).mapToInt(Finding::subjectCount).sum();
    lines.add(row("Findings", errors + " error, " + warnings + " warning, " + infos + " info"
        + (waived > 0 ? " (" + waived + " waived)" : "")
        + (grouped > 0 ? "; " + grouped + " of them grouped by cause, covering " + covered + " components" : "")));
    a.findings().stream().filter(f -> !f.waived()).limit(MAX_FINDINGS_SHOWN)
        .map(f -> "  " + severity(f.severity()) + " " + p(f.ruleId()) + ": " + p(f.message()))
        .forEach(lines::add);
    a.waiverNotices().forEach(w -> lines.add("  " + ansi.yellow("waiver " + w.kind().id()) + " " + p(w.message())));
  }

  private static long count(Assessment a, Severity severity) {
    return a.findings().stream().filter(f -> !f.waived() && f.severity() == severity).count();
  }

  private String severity(Severity s) {
    return switch (s) {
      case ERROR -> ansi.red("error  ");
      case WARNING -> ansi.yellow("warning");
      case INFO -> "info   ";
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

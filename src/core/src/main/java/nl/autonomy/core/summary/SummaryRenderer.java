package nl.autonomy.core.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;

/**
 * The short plain-text summary both front ends print (CLI on stdout, Maven plugin in the build
 * log), so a person sees the same thing wherever they run Autonomy.
 */
public final class SummaryRenderer {

  private static final int MAX_PROBLEMS_SHOWN = 10;

  private final Ansi ansi;

  public SummaryRenderer(boolean colour) {
    this.ansi = new Ansi(colour);
  }

  public List<String> render(ScanResult result, List<Path> written) {
    Inventory inv = result.inventory();
    InventoryCounts n = InventoryCounts.of(inv);
    List<String> lines = new java.util.ArrayList<>();
    String name = inv.project().version() == null
        ? inv.project().coordinates() : inv.project().coordinates() + "@" + inv.project().version();
    lines.add(ansi.bold("Autonomy scan of " + name));
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
    if (n.errors() + n.warnings() == 0) {
      lines.add(row("Problems", ansi.green("none: the SBOM is complete")));
    } else {
      String text = n.errors() + " error(s), " + n.warnings() + " warning(s)"
          + (inv.complete() ? "" : ": the SBOM is INCOMPLETE");
      lines.add(row("Problems", n.errors() > 0 ? ansi.red(text) : ansi.yellow(text)));
      inv.problems().stream().limit(MAX_PROBLEMS_SHOWN).map(p -> "  " + problemLine(p)).forEach(lines::add);
      if (inv.problems().size() > MAX_PROBLEMS_SHOWN) {
        lines.add("  ... and " + (inv.problems().size() - MAX_PROBLEMS_SHOWN) + " more (see report.json)");
      }
    }
    for (Path p : written) {
      lines.add(row("Wrote", p.toString()));
    }
    lines.add(row("Time", String.format(Locale.ROOT, "%.1f s", result.durationMillis() / 1000.0)));
    return lines;
  }

  private String problemLine(Problem p) {
    String sev = p.severity() == Problem.Severity.ERROR ? ansi.red("error") : ansi.yellow("warning");
    return (p.location() == null ? "" : p.location() + ": ") + sev + ": " + p.message();
  }

  private static String row(String label, String value) {
    return String.format(Locale.ROOT, "  %-11s %s", label, value);
  }
}

package nl.autonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.portfolio.Application;
import nl.autonomy.core.portfolio.Criticality;
import nl.autonomy.core.portfolio.RunOrigin;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.ledger.Ledger;
import nl.autonomy.ledger.SourceEntry;
import nl.autonomy.ledger.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autonomy portfolio import}: adds report.json files made elsewhere (CI jobs, the Maven
 * plugin) as runs, without scanning again. The run's source, revision and policy digest come from
 * the report itself, so importing the same report twice stores it once.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Add report.json files made elsewhere (CI, the Maven plugin) to the ledger as runs.",
    sortOptions = false)
final class PortfolioImportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "REPORT", description = "report.json files written by autonomy scan.")
  List<Path> reports;

  @Mixin
  LedgerOption ledger;

  @Option(names = "--application", paramLabel = "NAME",
      description = "The application the reports belong to (default: named after each report's source).")
  String application;

  @Option(names = "--owner", paramLabel = "OWNER", description = "The application's owner.")
  String owner;

  @Option(names = "--criticality", paramLabel = "LEVEL",
      description = "The application's business criticality: low, medium, high or critical.")
  String criticality;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Criticality level;
    try {
      level = criticality == null ? null : Criticality.parse(criticality);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, "--criticality: " + e.getMessage(), e);
    }
    int failed = 0;
    try (Ledger l = ledger.open()) {
      for (Path report : reports) {
        try {
          ScanResult result = JsonSupport.readResult(report);
          String source = result.inventory().provenance().source();
          String name = application != null ? application : SourceEntry.of(source).application().name();
          SourceEntry entry = new SourceEntry(source, new Application(name, owner, level));
          StoredRun run = PortfolioScanCommand.stored(entry, result, null, RunOrigin.IMPORT, null);
          boolean isNew = l.record(run);
          if (!outputOptions.quiet) {
            out.printf("%-8s %s  %s  (%s)%n", isNew ? "stored" : "present", name, run.summary().revision(), report);
          }
        } catch (IOException | RuntimeException e) {
          failed++;
          err.println("autonomy: " + e.getMessage());
        }
      }
    }
    out.flush();
    err.flush();
    return failed == 0 ? ExitCodes.PASSED : ExitCodes.INPUT;
  }
}

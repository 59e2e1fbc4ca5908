package nl.autonomy.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code autonomy portfolio}: the city's ledger of many codebases, with history (docs/portfolio.md). */
@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    description = {"The city's ledger: scan many codebases, keep every run with its provenance, and report on the"
        + " whole estate over time.",
        "The ledger is a SQLite file (./autonomy-portfolio.db) or PostgreSQL (--db jdbc:postgresql://HOST/DB, user"
            + " and password from AUTONOMY_DB_USER and AUTONOMY_DB_PASSWORD)."},
    subcommands = {PortfolioScanCommand.class, PortfolioImportCommand.class, PortfolioReportCommand.class})
final class PortfolioCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

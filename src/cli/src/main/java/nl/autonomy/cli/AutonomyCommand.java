package nl.autonomy.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command; it only lists the subcommands. */
@Command(
    name = "autonomy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "SBOM and vendor-lock scanner for public-sector codebases.",
        "Generates a CycloneDX SBOM, maps every component to its vendor and license, finds proprietary-cloud"
            + " lock-in and judges it against an autonomy policy."},
    subcommands = {ScanCommand.class, DiffCommand.class, ExitPlanCommand.class, ExplainCommand.class, PolicyCommand.class,
        CatalogCommand.class, PortfolioCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:passed", "1:policy failed (findings at or above --fail-on)", "2:usage or configuration error",
        "3:input could not be scanned", "4:internal error (details with --stacktrace)",
        "5:ran out of memory or stack (no verdict)"})
final class AutonomyCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

package nl.autonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.autonomy.core.portfolio.Portfolio;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.report.PortfolioDocument;
import nl.autonomy.core.report.html.PortfolioPage;
import nl.autonomy.core.report.markdown.PortfolioMarkdown;
import nl.autonomy.ledger.Ledger;
import nl.autonomy.ledger.PortfolioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code autonomy portfolio report}: the city's dashboard from the ledger. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write the city's dashboard from the ledger: portfolio.html, portfolio.json and portfolio.md.",
    sortOptions = false)
final class PortfolioReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  LedgerOption ledger;

  @Option(names = {"-o", "--output"}, defaultValue = "autonomy-portfolio", paramLabel = "DIR",
      description = "Where to write the files (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", converter = LocaleConverter.class,
      description = "Language of the dashboard: en or nl (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    Portfolio portfolio;
    try (Ledger l = ledger.open()) {
      portfolio = PortfolioLoader.load(l);
    }
    try {
      Files.createDirectories(output);
      write("portfolio.html", PortfolioPage.render(portfolio, lang));
      write("portfolio.json", JsonSupport.prettyWriter().writeValueAsString(PortfolioDocument.of(portfolio)) + "\n");
      write("portfolio.md", PortfolioMarkdown.render(portfolio, lang));
    } catch (IOException e) {
      throw new CliException(ExitCodes.INPUT, "cannot write the dashboard to " + output + ": " + e.getMessage(), e);
    }
    if (!outputOptions.quiet) {
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%d runs of %d applications: %s, %s, %s%n", portfolio.runs(), portfolio.applications().size(),
          output.resolve("portfolio.html"), output.resolve("portfolio.json"), output.resolve("portfolio.md"));
      out.flush();
    }
    return ExitCodes.PASSED;
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(output.resolve(name), text, StandardCharsets.UTF_8);
  }
}

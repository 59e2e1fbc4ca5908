package nl.autonomy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.catalog.Explainer;
import nl.autonomy.core.classify.Classifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autonomy explain PURL|SERVICE-ID}: vendor, license, lock-in and the way out of one thing. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
        "Explain one package or service: its vendor (with owner and jurisdiction), license and category,",
        "the cloud service it is a client of, the lock-in level, the open alternatives and standard, and the",
        "sources behind every fact.",
        "",
        "Examples:",
        "  autonomy explain pkg:maven/com.azure/azure-storage-blob@12.25.1",
        "  autonomy explain azure-blob-storage"})
public final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PURL|SERVICE-ID", description = "A package URL or a catalog service id.")
  String subject;

  @Option(names = "--catalog", paramLabel = "FILE", description = "Extra catalog file (repeatable).")
  List<Path> catalogs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Catalog catalog;
    try {
      catalog = new CatalogLoader().load(catalogs);
    } catch (CatalogException e) {
      err.println("autonomy: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try {
      out.println(new Explainer(catalog, new Classifier(catalog)::classify).explain(subject).render());
      return ExitCodes.PASSED;
    } catch (IllegalArgumentException e) {
      err.println("autonomy: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}

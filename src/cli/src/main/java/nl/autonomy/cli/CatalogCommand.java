package nl.autonomy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.CatalogLister;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.catalog.CatalogProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autonomy catalog list|validate|suggest}: the vendor, service and license catalogs. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "List the shipped (and your) catalog entries, validate a catalog file, or suggest entries from reports.",
    subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ValidateCommand.class, SuggestCommand.class})
public final class CatalogCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** {@code autonomy catalog list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
          "List catalog entries, filtered by vendor or category.",
          "",
          "Examples:",
          "  autonomy catalog list --vendor microsoft",
          "  autonomy catalog list --category storage",
          "  autonomy catalog list --type vendors --category foundation"})
  public static final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "services",
        description = "What to list: services, vendors or licenses (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--vendor", paramLabel = "ID",
        description = "Only entries of this vendor id, or owned by it (microsoft also lists github).")
    String vendor;

    @Option(names = "--category", paramLabel = "CATEGORY",
        description = "Only this category: a service category (storage, identity...), a vendor kind"
            + " (hyperscaler, foundation...) or a license category (permissive, source-available...).")
    String category;

    @Mixin
    CatalogSources catalogSources;

    @Option(names = "--offline", description = "Fetch no git catalog: use what an earlier run left in the cache.")
    boolean offline;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      CatalogLister.Entity entity;
      try {
        entity = CatalogLister.Entity.valueOf(type.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        err.println("autonomy: unknown --type '" + type + "': use services, vendors or licenses");
        return ExitCodes.USAGE;
      }
      Catalog catalog;
      try {
        catalog = catalogSources.load(offline);
      } catch (CatalogException e) {
        err.println("autonomy: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      List<CatalogLister.Row> rows = new CatalogLister(catalog).list(entity, vendor, category);
      CatalogLister.render(entity, rows).forEach(out::println);
      out.println(rows.size() + " " + entity.name().toLowerCase(Locale.ROOT));
      return ExitCodes.PASSED;
    }
  }

  /** {@code autonomy catalog validate FILE...}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
          "Check catalog files against the catalog shape: unknown keys, duplicate ids, unknown vendors,",
          "malformed purl patterns and version ranges. Problems are printed as FILE:LINE:COLUMN: message.",
          "Exit code 0 when every file is valid, 2 otherwise."})
  public static final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Catalog files to check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      CatalogLoader loader = new CatalogLoader();
      int invalid = 0;
      for (Path file : files) {
        List<CatalogProblem> problems = loader.validate(file);
        if (problems.isEmpty()) {
          out.println(file + ": valid");
        } else {
          invalid++;
          problems.forEach(out::println);
        }
      }
      return invalid == 0 ? ExitCodes.PASSED : ExitCodes.USAGE;
    }
  }
}

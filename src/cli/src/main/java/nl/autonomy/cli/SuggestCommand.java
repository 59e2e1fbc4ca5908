package nl.autonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.autonomy.core.AutonomyVersion;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.suggest.CatalogSuggester;
import nl.autonomy.core.catalog.suggest.SuggestionYaml;
import nl.autonomy.core.catalog.suggest.Suggestions;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.report.JsonSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autonomy catalog suggest REPORT|DIR...}: catalog entries for what scans saw and no catalog knows. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
        "Suggest catalog entries from report.json files: vendors Autonomy could only derive",
        "(from namespaces or package metadata), license ids without a category, declared",
        "licenses that resolved to no SPDX id, and hosts the configuration names that no",
        "catalog service claims. What the shipped catalog and --catalog know is left out.",
        "The YAML has the shape of a catalog file with the evidence as comments; what a scan",
        "cannot know (a vendor's country, a service's lock-in) is left as TODO for a reviewer.",
        "",
        "Examples:",
        "  autonomy catalog suggest autonomy-report/report.json",
        "  autonomy catalog suggest reports/ -o suggestions.yaml",
        "  autonomy catalog suggest --catalog git+https://git.example.org/c.git#main:nl.yaml reports/"})
final class SuggestCommand implements Callable<Integer> {

  /** How deep a folder of reports is searched for report.json files (a portfolio's layout is two deep). */
  private static final int MAX_DEPTH = 6;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "REPORT|DIR",
      description = "report.json files, or folders searched for report.json files.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the YAML here (default: standard output).")
  Path output;

  @Option(names = "--offline", description = "Fetch no git catalog: use what an earlier run left in the cache.")
  boolean offline;

  @Mixin
  CatalogSources catalogSources;

  @Option(names = "--basis", split = ",", paramLabel = "BASIS", defaultValue = "namespace,metadata",
      description = "Which derived vendors to suggest: namespace, metadata, registry (default: ${DEFAULT-VALUE};"
          + " a registry's author is mostly a person, not a vendor).")
  List<String> basis = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Catalog catalog;
    try {
      catalog = catalogSources.load(offline);
    } catch (CatalogException e) {
      err.println("autonomy: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<CatalogSuggester.Scanned> scans = new ArrayList<>();
    int failed = 0;
    for (Path report : reports(inputs, err)) {
      try {
        ScanResult result = JsonSupport.readResult(report);
        if (result.unrecognisedEndpoints() == null) {
          err.println("autonomy: " + report + ": written before unrecognised hosts were kept: no service suggestions"
              + " from it (scan again)");
        }
        scans.add(new CatalogSuggester.Scanned(report.toString(), result));
      } catch (IOException | RuntimeException e) {
        err.println("autonomy: " + e.getMessage());
        failed++;
      }
    }
    if (scans.isEmpty()) {
      err.println("autonomy: no report.json could be read from " + inputs);
      return ExitCodes.INPUT;
    }
    Suggestions s = new CatalogSuggester(catalog, bases(basis)).suggest(scans);
    String yaml = SuggestionYaml.render(s, "Autonomy " + AutonomyVersion.get());
    if (output == null) {
      out.print(yaml);
      out.flush();
    } else {
      try {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(output, yaml, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliException(ExitCodes.INPUT, "cannot write " + output + ": " + e.getMessage(), e);
      }
    }
    err.println("suggested " + s.vendors().size() + " vendors, " + s.licenses().size() + " licenses ("
        + s.unresolvedLicenses().size() + " declared licenses unresolved) and " + s.services().size()
        + " services from " + scans.size() + (scans.size() == 1 ? " report" : " reports")
        + (output == null ? "" : " to " + output));
    return failed > 0 ? ExitCodes.INPUT : ExitCodes.PASSED;
  }

  private static java.util.Set<VendorBasis> bases(List<String> values) {
    java.util.Set<VendorBasis> out = java.util.EnumSet.noneOf(VendorBasis.class);
    for (String v : values) {
      VendorBasis b = switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "namespace" -> VendorBasis.NAMESPACE;
        case "metadata" -> VendorBasis.METADATA;
        case "registry" -> VendorBasis.REGISTRY;
        default -> throw new CliException(ExitCodes.USAGE, "unknown --basis '" + v + "': use namespace, metadata or registry",
            null);
      };
      out.add(b);
    }
    return out;
  }

  /** The report files: files as given, folders searched for report.json, sorted; a folder without one is said. */
  private static List<Path> reports(List<Path> inputs, PrintWriter err) {
    List<Path> out = new ArrayList<>();
    for (Path in : inputs) {
      if (!Files.isDirectory(in)) {
        out.add(in);
        continue;
      }
      try (Stream<Path> walk = Files.walk(in, MAX_DEPTH)) {
        List<Path> found = walk.filter(p -> p.getFileName().toString().equals("report.json"))
            .filter(Files::isRegularFile).sorted().toList();
        if (found.isEmpty()) {
          err.println("autonomy: " + in + ": no report.json in this folder");
        }
        out.addAll(found);
      } catch (IOException | java.io.UncheckedIOException e) {
        err.println("autonomy: " + in + ": cannot read the folder: " + e.getMessage());
      }
    }
    return out;
  }
}

package nl.autonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.diff.ChangeCounts;
import nl.autonomy.core.diff.ChangeEngine;
import nl.autonomy.core.diff.Changes;
import nl.autonomy.core.diff.DiffInput;
import nl.autonomy.core.diff.StoredRuns;
import nl.autonomy.core.report.ChangesDocument;
import nl.autonomy.core.report.ReportOutput;
import nl.autonomy.core.report.markdown.ChangesMarkdown;
import nl.autonomy.core.results.ResultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autonomy diff OLD NEW}: what changed between two SBOMs, two reports or two ledger runs. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
        "Compare two results: components added, removed and upgraded; license changes and relicensing",
        "(a license category that changed between versions); vendors, services and lock-in gained and lost;",
        "the score, the verdict and the findings. OLD and NEW are report.json files, CycloneDX SBOMs (JSON or",
        "XML, Autonomy's or any other tool's) or, with the portfolio ledger, run:ID.",
        "",
        "Without -o the Markdown (or, with -f json, the JSON) goes to standard output, e.g. for a pull-request",
        "comment; with -o DIR the files diff.md and diff.json are written there.",
        "",
        "Examples:",
        "  autonomy diff main/report.json autonomy-report/report.json",
        "  autonomy diff supplier-1.4.cdx.json supplier-1.5.cdx.xml -o diff --fail-on-new lock-in,relicensing"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:compared (and no change named by --fail-on-new appeared)",
        "1:a change named by --fail-on-new appeared",
        "2:usage or configuration error (bad option, invalid catalog, a gate the inputs cannot answer)",
        "3:an input could not be read, or the output could not be written",
        "4:internal error (details with --stacktrace)"})
public final class DiffCommand implements Callable<Integer> {

  /** The change kinds {@code --fail-on-new} can name. */
  enum Gate {
    LOCK_IN("lock-in"), RELICENSING("relicensing"), VENDOR("vendor"), SERVICE("service"), FINDING("finding");

    final String id;

    Gate(String id) {
      this.id = id;
    }

    static Gate of(String id) {
      for (Gate g : values()) {
        if (g.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
          return g;
        }
      }
      throw new CliException(ExitCodes.USAGE, "--fail-on-new: unknown change '" + id
          + "'; use lock-in, relicensing, vendor, service or finding");
    }
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier result: report.json, a CycloneDX SBOM or run:ID.")
  String oldSide;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later result.")
  String newSide;

  @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
      description = "markdown (md) and/or json (default: markdown to standard output; both with -o).")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write diff.md and diff.json into DIR.")
  Path output;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Extra catalog file (repeatable): classifies SBOMs without Autonomy's facts.")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--fail-on-new", split = ",", paramLabel = "CHANGE",
      description = "Exit 1 when such a change appears: lock-in (a proprietary API now in use), relicensing (to a"
          + " more restrictive license category), vendor, service, finding.")
  List<String> failOnNew = new ArrayList<>();

  @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", converter = LocaleConverter.class,
      description = "Language of the Markdown: en or nl (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Gate> gates = failOnNew.stream().map(Gate::of).distinct().toList();
    List<String> selected = formats();
    if (output == null && selected.size() > 1) {
      throw new CliException(ExitCodes.USAGE, "without -o only one format can go to standard output; give -o DIR");
    }
    // a user catalog is checked before anything is compared; the shipped one loads only for an SBOM
    Catalog extra = catalogs.isEmpty() ? null : new CatalogLoader().load(catalogs);
    ResultFiles files = new ResultFiles(() -> extra != null ? extra : new CatalogLoader().loadDefault(), storedRuns());
    Changes changes = ChangeEngine.compare(read(files, oldSide), read(files, newSide));

    Map<String, String> texts = new LinkedHashMap<>();
    for (String f : selected) {
      texts.put(f.equals("json") ? "diff.json" : "diff.md",
          f.equals("json") ? ChangesDocument.of(changes).toJson() : ChangesMarkdown.render(changes, lang));
    }
    if (output == null) {
      out.print(texts.values().iterator().next());
      out.flush();
    } else {
      try {
        for (Path p : ReportOutput.writeTexts(texts, output)) {
          err.println("Wrote " + p);
        }
      } catch (IOException e) {
        throw new CliException(ExitCodes.INPUT, "cannot write to " + output + ": "
            + nl.autonomy.core.text.IoReasons.of(e), e);
      }
      summary(err, changes);
    }
    return gate(gates, changes, err);
  }

  private List<String> formats() {
    if (formats.isEmpty()) {
      return output == null ? List.of("markdown") : List.of("markdown", "json");
    }
    List<String> out = new ArrayList<>();
    for (String f : formats) {
      String id = f.strip().toLowerCase(Locale.ROOT);
      String norm = switch (id) {
        case "md", "markdown" -> "markdown";
        case "json" -> "json";
        default -> throw new CliException(ExitCodes.USAGE, "--format: unknown format '" + f + "'; use markdown or json");
      };
      if (!out.contains(norm)) {
        out.add(norm);
      }
    }
    return out;
  }

  /** The ledger's runs, when a ledger registers itself ({@code META-INF/services}). */
  private static Optional<StoredRuns> storedRuns() {
    return ServiceLoader.load(StoredRuns.class).findFirst();
  }

  private static DiffInput read(ResultFiles files, String argument) {
    try {
      return files.read(argument);
    } catch (IOException e) {
      String message = e instanceof java.nio.file.NoSuchFileException ? argument + ": no such file"
          : e.getMessage();
      throw new CliException(ExitCodes.INPUT, "cannot compare: " + message, e);
    }
  }

  private static void summary(PrintWriter err, Changes c) {
    ChangeCounts n = c.counts();
    err.printf(Locale.ROOT, "Components: %d added, %d removed, %d upgraded, %d downgraded%n", n.added(), n.removed(),
        n.upgraded(), n.downgraded());
    err.printf(Locale.ROOT, "Licenses:   %d relicensing (%d more restrictive), %d other changes%n", n.relicensed(),
        n.relicensedRestrictive(), n.licenseChanged() - n.relicensed());
    err.printf(Locale.ROOT, "Vendors:    %d new, %d gone; services: %d gained, %d lost, %d changed; new lock-in: %d%n",
        n.newVendors(), n.lostVendors(), n.servicesGained(), n.servicesLost(), n.servicesChanged(), n.newLockIn());
    if (c.score() != null) {
      err.printf(Locale.ROOT, "Score:      %.1f -> %.1f (%+.1f); verdict %s -> %s; findings: %d new, %d resolved%n",
          c.score().from(), c.score().to(), c.score().delta(), c.verdict().from().id(), c.verdict().to().id(),
          n.newFindings(), n.resolvedFindings());
    }
    c.notes().forEach(note -> err.println("Note:       " + note.message()));
    err.flush();
  }

  /** 1 when a change the user gates on appeared; a gate the inputs cannot answer is refused, never passed. */
  private static int gate(List<Gate> gates, Changes c, PrintWriter err) {
    List<String> failed = new ArrayList<>();
    for (Gate g : gates) {
      int count = switch (g) {
        case LOCK_IN -> c.counts().newLockIn();
        case RELICENSING -> c.counts().relicensedRestrictive();
        case VENDOR -> c.counts().newVendors();
        case SERVICE -> c.counts().servicesGained();
        case FINDING -> {
          if (c.counts().newFindings() == null) {
            throw new CliException(ExitCodes.USAGE, "--fail-on-new finding: findings cannot be compared, a side holds"
                + " no assessment (an SBOM); compare two report.json files");
          }
          yield c.counts().newFindings();
        }
      };
      if (count > 0) {
        failed.add(count + " new " + g.id);
      }
    }
    if (failed.isEmpty()) {
      return ExitCodes.PASSED;
    }
    err.println("autonomy: --fail-on-new: " + String.join(", ", failed));
    err.flush();
    return ExitCodes.POLICY_FAILED;
  }
}

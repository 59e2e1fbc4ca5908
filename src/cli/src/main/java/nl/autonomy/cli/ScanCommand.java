package nl.autonomy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.NothingToScanException;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.Timestamps;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.source.ArchiveExtractor;
import nl.autonomy.core.source.ScanSource;
import nl.autonomy.core.source.SourceException;
import nl.autonomy.core.source.SourcePreparer;
import nl.autonomy.core.source.SharedFiles;
import nl.autonomy.core.enrich.EnrichOptions;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.summary.Ansi;
import nl.autonomy.core.summary.SummaryRenderer;
import nl.autonomy.resolver.ResolverMavenGraphProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autonomy scan}: SBOM and assessment of a codebase. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scan a codebase: write its CycloneDX SBOM and Autonomy's reports, print a summary.",
    sortOptions = false)
final class ScanCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH|GIT-URL|ARCHIVE",
      description = "Folder, git URL (URL#REF for a branch, tag or commit) or ZIP/JAR/WAR/EAR/tar/tar.gz "
          + "to scan (default: the current folder).")
  String path;

  @Option(names = "--ref", paramLabel = "REF",
      description = "For a git URL: the branch, tag or commit to scan (default: the default branch).")
  String ref;

  @Option(names = {"-o", "--output"}, defaultValue = "autonomy-report", paramLabel = "DIR",
      description = "Where to write the files (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = {"-f", "--format"}, split = ",", defaultValue = "all", paramLabel = "FORMAT",
      description = "Files to write: a comma-separated list of ${COMPLETION-CANDIDATES}, or all (default).",
      completionCandidates = Formats.Candidates.class)
  List<String> formats;

  @Mixin
  CollectionOptions collection;

  @Option(names = {"-p", "--policy"}, paramLabel = "ID|FILE|GIT",
      description = "Policy to judge against: a shipped id, a file, or git+URL#REF:path (default: default).")
  String policy;

  @Option(names = "--catalog", paramLabel = "FILE|GIT",
      description = "Extra catalog: a file or git+URL#REF:path/file.yaml (repeatable).")
  List<String> catalogs = new ArrayList<>();

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
      description = "Fail from this finding severity: error, warning or never (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--baseline", paramLabel = "REPORT",
      description = "An earlier report.json: only new findings count for the verdict.")
  Path baseline;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", converter = LocaleConverter.class,
      description = "Language of the reports people read: en or nl (default: ${DEFAULT-VALUE}).")
  java.util.Locale lang;

  @Mixin
  EnrichmentOptions enrichment;

  @Mixin
  OutputOptions outputOptions;

  /** When the run began: the summary's time covers cloning or unpacking and writing, not only the scan. */
  private long started;

  @Override
  public Integer call() {
    started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ReportWriter> selected = Formats.select(formats);
    ScanSource source = prepare();
    try {
      return scan(source, selected, out, err);
    } finally {
      SourcePreparer.release(source);
    }
  }

  private ScanSource prepare() {
    try {
      return new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(path, ref, collection.offline);
    } catch (SourceException e) {
      throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
    }
  }

  private int scan(ScanSource source, List<ReportWriter> selected, PrintWriter out, PrintWriter err) {
    boolean terminal = System.console() != null;
    ConsoleProgress progress = new ConsoleProgress(err, terminal && !outputOptions.quiet, outputOptions.verbose);
    EnrichOptions enrich = enrichment.toOptions(collection.offline, collection.settings, System.getenv());
    SharedFiles.Resolved shared = SharedSourceOption.resolve(enrich.cacheDir(), collection.offline, catalogs, policy);
    ScanOptions options = collection.applyTo(ScanOptions.defaults())
        .withTimestamp(Timestamps.now())
        
        .withCatalogFiles(shared.catalogFiles())
        .withSharedSources(shared.sources());
    ScanRequest request = new ScanRequest(source.root(), source.source(), source.kind(), options,
        new EvaluationOptions(shared.policy(), baseline, failOn), Optional.of(new ResolverMavenGraphProvider()), progress,
        source.sha256())
        .withEnrich(enrich);
    ScanResult result = scanOrExplain(request);
    if (selected.stream().anyMatch(ReportWriter::needsDelivery)) {
      progress.step("Hashing the delivered files");
      result = result.withDelivery(nl.autonomy.core.source.DeliveryFiles.of(source,
          source.kind() == SourceKind.ARCHIVE ? Path.of(source.source()) : null));
    }
    progress.step("Writing " + selected.size() + " files to " + output);
    List<Path> written = Formats.write(result, selected, output, new WriterOptions(lang, Timestamps.pinned()));
    progress.done();
    if (!outputOptions.quiet) {
      boolean colour = Ansi.wanted(terminal, System.getenv());
      // the renderer made every input-derived value printable; only its own colours stay raw
      PrintWriter console = colour ? ConsoleWriter.raw(out) : out;
      long totalMillis = (System.nanoTime() - started) / 1_000_000;
      new SummaryRenderer(colour, lang).render(result, written, totalMillis).forEach(console::println);
      console.flush();
    }
    return result.assessment() == null ? ExitCodes.PASSED : result.assessment().exitCode();
  }

  /** A bad policy or catalog is the user's to fix: a clear message and exit code 2, no stack trace. */
  private static ScanResult scanOrExplain(ScanRequest request) {
    try {
      return new Scanner().scan(request);
    } catch (PolicyException | CatalogException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    } catch (NothingToScanException e) {
      // no answer is not "100% autonomous": the input could not be scanned
      throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
    }
  }
}

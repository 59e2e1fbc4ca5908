package nl.autonomy.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.NothingToScanException;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.Timestamps;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.portfolio.RunOrigin;
import nl.autonomy.core.portfolio.RunSummary;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.sbom.CycloneDxJsonWriter;
import nl.autonomy.core.source.ArchiveExtractor;
import nl.autonomy.core.source.ScanSource;
import nl.autonomy.core.source.SourceException;
import nl.autonomy.core.source.SourcePreparer;
import nl.autonomy.ledger.CatalogDigest;
import nl.autonomy.ledger.Ledger;
import nl.autonomy.ledger.RunKeys;
import nl.autonomy.ledger.Shard;
import nl.autonomy.ledger.SourceEntry;
import nl.autonomy.ledger.SourceList;
import nl.autonomy.ledger.StoredRun;
import nl.autonomy.resolver.ResolverMavenGraphProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autonomy portfolio scan}: scans each source and stores the result as an immutable run.
 * One source that cannot be scanned is reported and the rest go on; the exit code is then 3.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scan sources and store each result in the ledger as a run (SBOM, report.json, provenance).",
    sortOptions = false)
final class PortfolioScanCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SOURCE",
      description = "Folders, archives, git URLs (URL#REF for a branch, tag or commit), or list files: one source a "
          + "line, SOURCE | application | owner | criticality (low, medium, high, critical).")
  List<String> sources;

  @Mixin
  LedgerOption ledger;

  @Option(names = "--shard", paramLabel = "I/N",
      description = "Scan only shard I of N (I from 0, as JOB_COMPLETION_INDEX): a deterministic round-robin split of"
          + " the sources, so N processes share one list.")
  String shard;

  @Option(names = {"-p", "--policy"}, paramLabel = "ID|FILE",
      description = "Policy to judge against: a shipped id or a file (default: default).")
  String policy;

  @Option(names = "--catalog", paramLabel = "FILE", description = "Extra catalog file (repeatable).")
  List<Path> catalogs = new ArrayList<>();

  @Mixin
  CollectionOptions collection;

  @Mixin
  EnrichmentOptions enrichment;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Shard selected = parseShard();
    List<SourceEntry> mine = selected.select(SourceList.distinct(entries()));
    String catalogDigest = CatalogDigest.of(catalogs);
    int stored = 0;
    int present = 0;
    List<String> failed = new ArrayList<>();
    try (Ledger l = ledger.open()) {
      for (SourceEntry entry : mine) {
        try {
          StoredRun run = scan(entry, catalogDigest);
          boolean isNew = l.record(run);
          if (isNew) {
            stored++;
          } else {
            present++;
          }
          if (!outputOptions.quiet) {
            RunSummary s = run.summary();
            out.printf("%-8s %s  %s  %s%n", isNew ? "stored" : "present", s.application().name(),
                s.revision().length() > 12 ? s.revision().substring(0, 12) : s.revision(),
                s.scores() == null ? "no score" : nl.autonomy.core.model.Score.whole(s.scores().overall()) + "%");
            out.flush();
          }
        } catch (RuntimeException e) {
          // a bad policy or catalog is the same for every source: stop; anything else is this source's
          if (e instanceof CliException c && c.exitCode() == ExitCodes.USAGE) {
            throw c;
          }
          failed.add(entry.source());
          err.println("autonomy: " + entry.source() + ": " + e.getMessage());
          err.flush();
        }
      }
    }
    if (!outputOptions.quiet) {
      out.printf("%d of %d sources in shard %d/%d: %d stored, %d already in the ledger, %d failed%n", mine.size(),
          SourceList.distinct(entries()).size(), selected.index(), selected.count(), stored, present, failed.size());
    }
    return failed.isEmpty() ? ExitCodes.PASSED : ExitCodes.INPUT;
  }

  private Shard parseShard() {
    try {
      return shard == null ? Shard.ALL : Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
  }

  /** Sources named directly, and the entries of list files (a file that is not an archive). */
  private List<SourceEntry> entries() {
    List<SourceEntry> out = new ArrayList<>();
    for (String s : sources) {
      Path p = Path.of(s);
      if (!s.contains("://") && Files.isRegularFile(p) && !ArchiveExtractor.isArchive(p)) {
        try {
          out.addAll(SourceList.read(p));
        } catch (IOException e) {
          throw new CliException(ExitCodes.INPUT, "cannot read the source list " + p + ": " + e.getMessage(), e);
        } catch (SourceList.SourceListException e) {
          throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
      } else {
        out.add(SourceEntry.of(s));
      }
    }
    return out;
  }

  private StoredRun scan(SourceEntry entry, String catalogDigest) {
    ScanSource source;
    try {
      source = new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(entry.source(), null, collection.offline);
    } catch (SourceException e) {
      throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
    }
    try {
      ScanOptions options = collection.applyTo(ScanOptions.defaults())
          .withTimestamp(Timestamps.now())
          
          .withCatalogFiles(catalogs);
      ScanRequest request = new ScanRequest(source.root(), source.source(), source.kind(), options,
          new EvaluationOptions(policy, null, FailOn.ERROR), Optional.of(new ResolverMavenGraphProvider()),
          nl.autonomy.core.ProgressListener.NONE, source.sha256())
          .withEnrich(enrichment.toOptions(collection.offline, collection.settings, System.getenv()));
      ScanResult result = new Scanner().scan(request);
      return stored(entry, result, catalogDigest, RunOrigin.SCAN, sbom(result));
    } catch (PolicyException | CatalogException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    } catch (NothingToScanException e) {
      throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
    } finally {
      SourcePreparer.release(source);
    }
  }

  static StoredRun stored(SourceEntry entry, ScanResult result, String catalogDigest, RunOrigin origin, String sbom) {
    String revision = RunKeys.revision(result);
    String policyDigest = result.assessment() == null ? RunSummary.NO_POLICY : result.assessment().policyDigest();
    String runId = RunKeys.runId(entry.source(), revision, policyDigest);
    RunSummary summary = RunSummary.of(runId, entry.application(), entry.source(), revision, origin, catalogDigest,
        result);
    return new StoredRun(summary, JsonSupport.toJson(result), sbom);
  }

  private static String sbom(ScanResult result) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new CycloneDxJsonWriter().write(result, WriterOptions.defaults(), bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(ExitCodes.INTERNAL, "the SBOM could not be written: " + e.getMessage(), e);
    }
  }
}

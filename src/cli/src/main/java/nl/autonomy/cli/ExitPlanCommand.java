package nl.autonomy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.NothingToScanException;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.Timestamps;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.exit.ExitCatalog;
import nl.autonomy.core.model.ExitPlan;
import nl.autonomy.core.exit.ExitPlanner;
import nl.autonomy.core.model.ExitSelection;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.policy.Evaluation;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.report.ExitPlanOutput;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.report.view.ExitPlanTexts;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.source.ArchiveExtractor;
import nl.autonomy.core.source.ScanSource;
import nl.autonomy.core.source.SourceException;
import nl.autonomy.core.source.SourcePreparer;
import nl.autonomy.resolver.ResolverMavenGraphProvider;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autonomy exit-plan}: what leaving a vendor or a service takes, and the policy's judgement
 * as if it were done (docs/exit-plans.md). Scans like {@code scan}, or reads a saved report.json.
 */
@Command(
    name = "exit-plan",
    mixinStandardHelpOptions = true,
    description = {"Plan leaving a vendor or a service: where it is, its data, the way out, effort, steps and risks,",
        "and the policy evaluated again as if the exit were done. Writes exit-plan.json, exit-plan.md and"
            + " exit-plan.html."},
    sortOptions = false)
final class ExitPlanCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH|GIT-URL|ARCHIVE|REPORT",
      description = "Folder, git URL, ZIP/JAR/WAR/EAR/tar/tar.gz to scan, or a saved report.json (read without "
          + "scanning again; default: the current folder).")
  String path;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Which which;

  static final class Which {
    @Option(names = "--vendor", paramLabel = "ID", description = "Leave every service of this vendor or owner "
        + "(microsoft includes GitHub).")
    String vendor;

    @Option(names = "--service", paramLabel = "ID", description = "Leave this one service (a catalog id).")
    String service;

    @Option(names = "--all", description = "Leave every cloud service found.")
    boolean all;
  }

  @Option(names = "--rank", description = "Also rank every service by autonomy points gained per effort point "
      + "(alone: with --all).")
  boolean rank;

  @Option(names = "--ref", paramLabel = "REF", description = "For a git URL: the branch, tag or commit to scan.")
  String ref;

  @Option(names = {"-o", "--output"}, defaultValue = "autonomy-report", paramLabel = "DIR",
      description = "Where to write the plan, next to the scan's reports (default: ${DEFAULT-VALUE}).")
  Path output;

  @Mixin
  CollectionOptions collection;

  @Option(names = {"-p", "--policy"}, paramLabel = "ID|FILE", description = "Policy to judge the what-if by "
      + "(default: the report's policy, else default).")
  String policy;

  @Option(names = "--catalog", paramLabel = "FILE", description = "Extra catalog file (repeatable).")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
      description = "The verdict's threshold, as in scan: error, warning or never (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", converter = LocaleConverter.class,
      description = "Language of exit-plan.md and exit-plan.html: en or nl (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Mixin
  EnrichmentOptions enrichment;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ExitSelection selection = selection();
    Catalog catalog;
    try {
      catalog = new CatalogLoader().load(catalogs);
    } catch (CatalogException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    }
    ScanResult result = isReport() ? readReport() : scan();
    String policyId = policy != null ? policy
        : result.assessment() != null ? result.assessment().policyId() : EvaluationOptions.DEFAULT_POLICY;
    Evaluation evaluation = new Evaluation();
    ExitPlanner planner;
    try {
      planner = new ExitPlanner(catalog, ExitCatalog.loadDefault(), LockInRules.loadDefault(), evaluation,
          evaluation.prepare(new EvaluationOptions(policyId, null, failOn)));
    } catch (PolicyException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage()
          + (policy == null ? " (the report's policy; name one with --policy)" : ""), e);
    }
    if (selection.kind() != ExitSelection.Kind.ALL && planner.select(result.inventory(), selection).isEmpty()) {
      String found = result.inventory().services().stream()
          .map(s -> s.id() + " (" + s.vendorId() + ")").collect(Collectors.joining(", "));
      throw new CliException(ExitCodes.USAGE, "no service of " + selection.kind().id() + " '" + selection.value()
          + "' in this scan; " + (found.isEmpty() ? "it found no cloud service" : "it found: " + found));
    }
    ExitPlan plan = planner.plan(result, selection, rank);
    List<Path> written;
    try {
      written = new ExitPlanOutput().write(plan, lang, output);
    } catch (IOException e) {
      throw new CliException(ExitCodes.INPUT, "cannot write the exit plan to " + output + ": "
          + nl.autonomy.core.text.IoReasons.of(e), e);
    }
    if (!outputOptions.quiet) {
      ExitPlanTexts texts = new ExitPlanTexts(ReportTexts.of(lang));
      out.println(texts.headline(plan));
      if (plan.ranking() != null) {
        plan.ranking().stream().limit(10).forEach(o -> out.println(
            String.format(Locale.ROOT, "%3d. %-40s %+6.1f points  %-9s %3d effort points  %.2f per point", o.rank(),
                o.name(), o.gain(), o.effort().id(), o.effortPoints(), o.gainPerEffort())));
      }
      written.forEach(p -> out.println("  " + p));
      out.flush();
    }
    return ExitCodes.PASSED;
  }

  private ExitSelection selection() {
    if (which == null || which.all) {
      if (which == null && !rank) {
        throw new CliException(ExitCodes.USAGE, "name what to leave: --vendor ID, --service ID or --all (or --rank)");
      }
      return ExitSelection.all();
    }
    return which.vendor != null ? ExitSelection.vendor(which.vendor) : ExitSelection.service(which.service);
  }

  private boolean isReport() {
    Path p = Path.of(path);
    return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private ScanResult readReport() {
    try {
      return JsonSupport.readResult(Path.of(path));
    } catch (IOException e) {
      throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
    }
  }

  private ScanResult scan() {
    ScanSource source;
    try {
      source = new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(path, ref, collection.offline);
    } catch (SourceException e) {
      throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
    }
    try {
      ScanOptions options = collection.applyTo(ScanOptions.defaults())
          .withTimestamp(Timestamps.now())
          
          .withCatalogFiles(catalogs);
      ScanRequest request = new ScanRequest(source.root(), source.source(), source.kind(), options,
          new EvaluationOptions(policy, null, failOn), Optional.of(new ResolverMavenGraphProvider()),
          new ConsoleProgress(spec.commandLine().getErr(), System.console() != null && !outputOptions.quiet,
              outputOptions.verbose), source.sha256())
          .withEnrich(enrichment.toOptions(collection.offline, collection.settings, System.getenv()));
      return new Scanner().scan(request);
    } catch (PolicyException | CatalogException e) {
      throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
    } catch (NothingToScanException e) {
      throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
    } finally {
      SourcePreparer.release(source);
    }
  }
}

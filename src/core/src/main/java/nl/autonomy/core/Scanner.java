package nl.autonomy.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.classify.Classifier;
import nl.autonomy.core.collect.DeliveredSubject;
import nl.autonomy.core.collect.InventoryAssembler;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.DetectorRegistry;
import nl.autonomy.core.enrich.Enricher;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.lockin.LockInStage;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.policy.Evaluation;
import nl.autonomy.core.policy.VendorLookup;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.GitInfo;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * The one facade over the pipeline: walk the tree once, let every detector read the files it
 * wants, assemble the inventory, judge it against the policy. Front ends (CLI, Maven plugin) build a {@link ScanRequest} and
 * write the {@link ScanResult}; they hold no domain logic.
 */
public final class Scanner {

  private final List<Detector> detectors;
  private final Evaluation evaluation;

  public Scanner() {
    this(DetectorRegistry.load());
  }

  public Scanner(List<Detector> detectors) {
    this(detectors, new Evaluation());
  }

  public Scanner(List<Detector> detectors, Evaluation evaluation) {
    this.detectors = List.copyOf(detectors);
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
  }

  /**
   * Scans one codebase and evaluates it against the requested policy.
   *
   * @throws nl.autonomy.core.catalog.CatalogException when a user catalog is invalid: a
   *     configuration error, reported before anything is read
   * @throws nl.autonomy.core.policy.PolicyException when the policy or baseline cannot be used
   * @throws NothingToScanException when the folder holds nothing Autonomy recognises
   */
  public ScanResult scan(ScanRequest request) {
    Objects.requireNonNull(request, "request");
    long start = System.nanoTime();
    Catalog catalog = new CatalogLoader().load(request.options().catalogFiles());
    Classifier classifier = new Classifier(catalog);
    Evaluation.Prepared policy = evaluation.prepare(request.evaluation());
    request.progress().step("Reading " + request.source());
    FileWalker.WalkResult walk = new FileWalker(request.options().maxFileSize()).walk(request.root());
    DetectorContext context = new DetectorContext(request.root(), request.options(), request.maven(), Optional.of(catalog));
    java.util.Map<Detector, List<WorkspaceFile>> acceptedBy = new java.util.LinkedHashMap<>();
    detectors.forEach(d -> acceptedBy.put(d, accepted(d, walk)));
    List<Detection> detections = new java.util.ArrayList<>(DetectorRuns.runAll(detectors, acceptedBy::get,
        request.progress(), (detector, files) -> runSafely(detector, context, files)));
    // a folder it could not walk in full is an incomplete scan to report, not an empty one
    if (walk.problems().isEmpty() && detections.stream().allMatch(Scanner::recognisedNothing)) {
      List<Problem> unread = unreadManifests(acceptedBy);
      if (unread.isEmpty()) {
        throw NothingToScanException.in(request.root(), request.source(), walk.stats().files());
      }
      // a lockfile or manifest was there, but nothing came out of it: an incomplete scan that says
      // which files, not "nothing recognised"
      Detection.Builder unreadFiles = Detection.builder();
      unread.forEach(unreadFiles::problem);
      detections.add(unreadFiles.build());
    }
    Inventory inventory = InventoryAssembler.assemble(
        rootName(request), detections, walk.problems(), provenance(request), walk.stats())
        .withSuppliedSboms(detections.stream().flatMap(d -> d.sboms().stream()).toList());
    inventory = DeliveredSubject.withHashes(inventory, request.source(), request.sourceKind());
    inventory = new Enricher(request.enrich().withOffline(request.enrich().offline() || request.options().offline()))
        .apply(inventory, request.progress());
    request.progress().step("Classifying " + inventory.components().size() + " components");
    inventory = classifier.classify(inventory);
    request.progress().step("Judging the depth of " + inventory.services().size() + " services");
    LockInRules lockInRules = LockInRules.loadDefault();
    inventory = new LockInStage(catalog, lockInRules).apply(inventory);
    request.progress().step("Evaluating policy " + request.evaluation().policy());
    Assessment assessment = evaluation.evaluate(inventory, policy, request.options().timestamp(),
        VendorLookup.fromCatalog(catalog));
    // the ways out the reports show: each service left alone, judged by this same evaluation
    List<nl.autonomy.core.model.ExitOption> waysOut = new nl.autonomy.core.exit.ExitPlanner(catalog,
        nl.autonomy.core.exit.ExitCatalog.loadDefault(), lockInRules, evaluation, policy).rank(inventory, assessment);
    ScanResult result = new ScanResult(inventory, (System.nanoTime() - start) / 1_000_000, assessment)
        .withWaysOut(waysOut);
    result = result.withSbomQuality(ownSbomQuality(result));
    // hosts no catalog service claims: kept for `autonomy catalog suggest`, judged nowhere
    result = result.withUnrecognisedEndpoints(new nl.autonomy.core.detect.signals.endpoints.UnrecognisedEndpointFinder(
        catalog, inventory, lockInRules, request.options().maxFileSize()).find(walk.files()));
    return withBaselineChanges(result, request.evaluation().baseline());
  }

  /** With {@code --baseline}: what changed since that report (new vendors, services, relicensing...). */
  private static ScanResult withBaselineChanges(ScanResult result, java.nio.file.Path baseline) {
    if (baseline == null) {
      return result;
    }
    try {
      return nl.autonomy.core.results.BaselineChanges.attach(baseline, result);
    } catch (java.io.IOException e) {
      throw new nl.autonomy.core.policy.PolicyException(nl.autonomy.core.policy.Origin.of(baseline.toString()),
          "cannot use as baseline: " + e.getMessage());
    }
  }

  /**
   * The SBOM this scan writes, judged with the same rules as a supplier's: mapped as the CycloneDX
   * writer maps it, so the verdict is about the file a council hands on, not about the inventory.
   */
  static nl.autonomy.core.model.SbomQuality ownSbomQuality(ScanResult result) {
    org.cyclonedx.model.Bom bom = new nl.autonomy.core.sbom.CycloneDxMapper().map(result);
    return nl.autonomy.core.quality.SbomStandards.assess("autonomy",
        nl.autonomy.core.quality.CdxFacts.of(bom, true));
  }

  /** The files a detector asked for, oversized ones included when it reports them, in path order. */
  private static List<WorkspaceFile> accepted(Detector detector, FileWalker.WalkResult walk) {
    List<WorkspaceFile> files = walk.files().stream().filter(detector::accepts).toList();
    if (!detector.wantsOversizedFiles()) {
      return files;
    }
    List<WorkspaceFile> large = walk.oversized().stream().filter(detector::accepts).toList();
    return large.isEmpty() ? files : java.util.stream.Stream.concat(files.stream(), large.stream()).sorted().toList();
  }

  /** The manifests and lockfiles that were accepted but yielded nothing at all. */
  private static List<Problem> unreadManifests(java.util.Map<Detector, List<WorkspaceFile>> acceptedBy) {
    List<Problem> out = new java.util.ArrayList<>();
    acceptedBy.forEach((detector, files) -> {
      if (detector.wantsOversizedFiles()) { // the manifest and lockfile detectors (not the code signals)
        for (WorkspaceFile f : files) {
          out.add(Problem.error(detector.id(), Location.of(f.path()), "recognised as " + detector.id()
              + " input, but nothing could be read from it (empty, or no entries in a form Autonomy reads)"));
        }
      }
    });
    return out;
  }

  /** Nothing recognised: no project, component, service use, nor a file it tried and failed to read. */
  private static boolean recognisedNothing(Detection d) {
    return d.projects().isEmpty() && d.components().isEmpty() && d.serviceUses().isEmpty() && d.problems().isEmpty();
  }

  /** A detector bug must not lose what the others found: it becomes a problem in the result. */
  private static Detection runSafely(Detector detector, DetectorContext context, List<WorkspaceFile> files) {
    try {
      return detector.detect(context, files);
    } catch (RuntimeException | StackOverflowError e) {
      return Detection.ofProblem(Problem.error(detector.id(), Location.of(files.get(0).path()),
          "the " + detector.id() + " detector failed (a bug in Autonomy, please report it): " + e));
    }
  }

  private static Provenance provenance(ScanRequest request) {
    GitInfo git = GitInfo.read(request.root()).orElse(new GitInfo(null, null, null));
    return new Provenance(sourceName(request), request.sourceKind(), git.remote(), git.commit(), git.branch(),
        request.options().timestamp(), AutonomyVersion.get(), request.sourceSha256(), request.options().sharedSources());
  }

  /**
   * What identifies the source, never where it lay on disk: the same commit scanned in two CI
   * workspaces must give the same bytes, and a user's home path must not reach a supplier. A folder
   * is recorded by its name (the git remote and commit say the rest), an archive by its file name
   * (and its SHA-256), a git URL as given without credentials.
   */
  static String sourceName(ScanRequest request) {
    return switch (request.sourceKind()) {
      case FOLDER -> folderName(request);
      case ARCHIVE, SBOM -> lastSegment(request.source());
      case GIT -> request.source();
    };
  }

  /** The last segment of the name given; the folder's own name for ".", "..", "/" and the like. */
  private static String folderName(ScanRequest request) {
    String given = lastSegment(request.source());
    if (given.isEmpty() || given.equals(".") || given.equals("..")) {
      return String.valueOf(request.root().toAbsolutePath().normalize().getFileName());
    }
    return given;
  }

  private static String lastSegment(String path) {
    String trimmed = path.replaceAll("[/\\\\]+$", "");
    return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
  }

  /** Names the SBOM's subject after what the user named, not after a temporary folder. */
  static String rootName(ScanRequest request) {
    String named = request.sourceKind() == SourceKind.FOLDER
        ? String.valueOf(request.root().toAbsolutePath().normalize().getFileName())
        : request.source().replaceAll("[/\\\\]+$", "");
    named = named.replaceFirst("#[^/]*$", ""); // a git URL's #ref
    named = named.substring(Math.max(named.lastIndexOf('/'), named.lastIndexOf('\\')) + 1);
    named = named.replaceFirst("\\.(git|zip|jar|war|ear|tar|tar\\.gz|tgz)$", "");
    return named.isEmpty() || named.equals("null") ? "root" : named;
  }
}

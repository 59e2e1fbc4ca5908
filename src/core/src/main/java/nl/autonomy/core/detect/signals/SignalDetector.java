package nl.autonomy.core.detect.signals;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.signals.ci.CiFamily;
import nl.autonomy.core.detect.signals.containers.ContainerFamily;
import nl.autonomy.core.detect.signals.endpoints.EndpointFamily;
import nl.autonomy.core.detect.signals.iac.IacFamily;
import nl.autonomy.core.detect.signals.imports.ImportFamily;
import nl.autonomy.core.detect.signals.kubernetes.KubernetesFamily;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Finds where the code, its configuration, infrastructure, containers and CI use catalog services.
 * All six signal families share this one detector so each file is read once and matched once
 * against every signal of every service (one Aho–Corasick pass); the families only judge the hits.
 * The signals come from the catalog ({@code signals} of each service, plus the user's catalogs),
 * the context rules from {@code policies/lockin/context.yaml}.
 *
 * <p>Files are read in parallel on at most as many threads as there are processors; the result
 * does not depend on the order.
 */
public final class SignalDetector implements Detector {

  public static final String ID = "signals";

  private final List<SignalFamily> families = families();

  /** The six signal families, in the order their sightings are reported. */
  public static List<SignalFamily> families() {
    return List.of(new ImportFamily(), new EndpointFamily(), new IacFamily(), new KubernetesFamily(),
        new ContainerFamily(), new CiFamily());
  }

  /**
   * Signals are looked for in any source or configuration file; one over the size bound is a
   * generated bundle or data, counted as skipped in the walk's figures, not an SBOM gap.
   */
  @Override
  public boolean wantsOversizedFiles() {
    return false;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return families.stream().anyMatch(f -> f.accepts(file));
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Catalog catalog;
    try {
      // the scan hands over the catalog it loaded; only a detector run on its own loads one
      catalog = context.catalog().isPresent() ? context.catalog().get()
          : new CatalogLoader().load(context.options().catalogFiles());
    } catch (CatalogException e) {
      return Detection.ofProblem(Problem.error(ID, new Location(e.file() == null ? "catalog" : e.file(), Math.max(0, e.line()),
          Math.max(0, e.column())), "lock-in signals not searched: the catalog cannot be read: " + e.getMessage()));
    }
    return detect(catalog, LockInRules.loadDefault(), context.options().maxFileSize(), files);
  }

  /** The detection with a given catalog and rules (tests and benchmarks use it directly). */
  public Detection detect(Catalog catalog, LockInRules rules, long maxFileSize, List<WorkspaceFile> files) {
    SignalIndex index = SignalIndex.compile(catalog.services(), families, rules);
    FileSignals reader = new FileSignals(index, families, rules, maxFileSize);
    // documentation (READMEs, changelogs, templates, docs folders) is never evidence of use: a link
    // in a README is not a service the product uses, so it is not read at all
    List<WorkspaceFile> read = files.stream().filter(f -> !rules.isDocumentationFile(f.path())).toList();
    List<FileSignals.Result> results = readAll(reader, read);
    Detection.Builder out = Detection.builder();
    index.problems().forEach(out::problem);
    for (FileSignals.Result r : results) {
      r.uses().forEach(out::serviceUse);
      r.problems().forEach(out::problem);
    }
    return out.build();
  }

  private static List<FileSignals.Result> readAll(FileSignals reader, List<WorkspaceFile> files) {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    if (threads == 1 || files.size() < 64) {
      return files.stream().map(reader::scan).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> files.parallelStream().map(reader::scan).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading files for lock-in signals", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading files for lock-in signals failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}

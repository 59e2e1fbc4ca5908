package nl.autonomy.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Runs one detector on one fuzzed file, directly (not through the scanner, which would turn an
 * escaping exception into a problem and hide it). A finding is anything that escapes the detector,
 * or a problem that names no file: bad input must only ever become a problem naming its file.
 */
final class FuzzHarness {

  private static final Catalog CATALOG = new CatalogLoader().loadDefault();
  /**
   * No local Maven repository: a JAR the detector cannot name by its pom.properties is looked up by
   * hash in the local repository, whose first use walks all of it (1.8 s per input with the 18,000
   * files of this machine's ~/.m2). The fuzzer is after the parsers, and results must not depend
   * on the machine.
   */
  static final Path NO_LOCAL_REPOSITORY = Path.of(System.getProperty("java.io.tmpdir"),
      "autonomy-fuzz-no-local-repository");
  private static final ScanOptions OPTIONS = ScanOptions.defaults().withOffline(true)
      .withLocalRepository(NO_LOCAL_REPOSITORY)
      .withTimestamp(Instant.parse("2026-01-01T00:00:00Z"));
  private static final Path ROOT = newRoot();

  private FuzzHarness() {
  }

  private static Path newRoot() {
    try {
      Path root = Files.createTempDirectory("autonomy-fuzz");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code data} to {@code path} in a fresh tree (with companion files) and runs the detector. */
  static Detection detect(Detector detector, String path, byte[] data, String... companions) {
    clear();
    try {
      write(path, data);
      for (int i = 0; i + 1 < companions.length; i += 2) {
        write(companions[i], companions[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      List<WorkspaceFile> files;
      try (Stream<Path> walk = Files.walk(ROOT)) {
        files = walk.filter(Files::isRegularFile)
            .map(p -> new WorkspaceFile(ROOT.relativize(p).toString().replace('\\', '/'), p, size(p)))
            .filter(detector::accepts)
            .sorted()
            .toList();
      }
      if (files.isEmpty()) {
        return Detection.empty();
      }
      Detection d = detector.detect(new DetectorContext(ROOT, OPTIONS, Optional.empty(), Optional.of(CATALOG)), files);
      for (Problem p : d.problems()) {
        if (p.location() == null || p.location().file().isBlank()) {
          throw new AssertionError("a problem without a file: " + p);
        }
      }
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path root() {
    return ROOT;
  }

  static Path write(String path, byte[] data) throws IOException {
    Path p = ROOT.resolve(path);
    Files.createDirectories(p.getParent());
    Files.write(p, data);
    return p;
  }

  static void clear() {
    try (Stream<Path> walk = Files.list(ROOT)) {
      walk.forEach(FuzzHarness::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try (Stream<Path> walk = Files.walk(p)) {
      walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary folder
    }
  }
}

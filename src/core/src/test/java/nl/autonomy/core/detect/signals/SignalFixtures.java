package nl.autonomy.core.detect.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;

/** Runs the signal detector over a fixture folder with the shipped catalog and context rules. */
final class SignalFixtures {

  static final Catalog CATALOG = new CatalogLoader().loadDefault();
  static final LockInRules RULES = LockInRules.loadDefault();

  private SignalFixtures() {
  }

  static Path fixture(String name) {
    try {
      return Path.of(SignalFixtures.class.getResource("/lockin/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Detection detect(Path root) {
    SignalDetector detector = new SignalDetector();
    List<WorkspaceFile> files = new FileWalker(ScanOptions.DEFAULT_MAX_FILE_SIZE).walk(root).files().stream()
        .filter(detector::accepts).toList();
    return detector.detect(CATALOG, RULES, ScanOptions.DEFAULT_MAX_FILE_SIZE, files);
  }

  /** {@code service file:line detector scope}, the form of the fixtures' {@code expected.txt}. */
  static String describe(ServiceUse use) {
    return use.serviceId() + " " + use.evidence().location().file() + ":" + use.evidence().location().line() + " "
        + use.evidence().detector() + " " + use.evidence().scope().id();
  }

  static List<String> expected(Path root) {
    try {
      return Files.readAllLines(root.resolve("expected.txt")).stream()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package nl.autonomy.core.lockin;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.SourceKind;

/** Scans folders through core's {@link Scanner}, offline and without a Maven port. */
final class ScanFixtures {

  private ScanFixtures() {
  }

  static Path resource(String name) {
    try {
      return Path.of(ScanFixtures.class.getResource("/lockin/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A sample of the repository's {@code samples/} folder (tests run in {@code src/core}). */
  static Path sample(String name) {
    return Path.of("../../samples", name).toAbsolutePath().normalize();
  }

  static Inventory scan(Path root) {
    ScanOptions options = ScanOptions.defaults().withOffline(true).withTimestamp(Instant.parse("2026-01-01T00:00:00Z"));
    return new Scanner().scan(new ScanRequest(root, root.toString(), SourceKind.FOLDER, options, null, Optional.empty(),
        ProgressListener.NONE)).inventory();
  }

  static Optional<Service> service(Inventory inventory, String id) {
    return inventory.services().stream().filter(s -> s.id().equals(id)).findFirst();
  }
}

package nl.autonomy.resolver;

import java.nio.file.Path;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Inventory;

/**
 * Times a scan by hand (not a test): {@code ScanTimer FOLDER [LOCAL-REPO]}; run it under
 * {@code /usr/bin/time -v} for the peak memory. An empty LOCAL-REPO folder gives a cold scan.
 */
public final class ScanTimer {

  private ScanTimer() {
  }

  public static void main(String[] args) {
    ScanOptions options = ScanOptions.defaults();
    if (args.length > 1) {
      options = options.withLocalRepository(Path.of(args[1]));
    }
    long start = System.nanoTime();
    Inventory inventory = new Scanner().scan(ScanRequest.of(Path.of(args[0]), options,
        new ResolverMavenGraphProvider())).inventory();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%s: %d components, %d edges, %d problems, %d ms%n", args[0],
        inventory.components().size(), inventory.edges().size(), inventory.problems().size(), millis);
    inventory.problems().stream().limit(20).forEach(p -> System.out.println("  " + p));
  }
}

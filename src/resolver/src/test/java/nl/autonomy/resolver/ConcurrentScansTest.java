package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five scans at once on one machine share one local Maven repository (as five CI jobs share
 * ~/.m2): each must see exactly what a scan alone sees, and the repository must hold no partial
 * download afterwards. Maven Resolver's named file locks make this safe; this test keeps it so.
 */
class ConcurrentScansTest {

  @TempDir
  Path temp;

  private static List<String> components(Inventory inv) {
    return inv.components().stream().map(c -> c.ref() + " " + c.hashes() + " " + c.scope()).sorted().toList();
  }

  private static Inventory scan(Path root, ScanOptions options) {
    return new Scanner().scan(ScanRequest.of(root, options, new ResolverMavenGraphProvider())).inventory();
  }

  @Test
  void fiveScansAtOnceShareTheLocalRepositorySafely() throws Exception {
    Path project = FixtureRepository.resources().resolve("projects/licensed");
    Inventory alone = scan(project, FixtureRepository.options(temp.resolve("alone")).withHashes(true));
    assertThat(alone.components()).isNotEmpty();

    ScanOptions shared = FixtureRepository.options(temp.resolve("shared")).withHashes(true);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Inventory>> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(pool.submit(() -> {
        start.await();
        return scan(project, shared);
      }));
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    for (Future<Inventory> run : runs) {
      Inventory inv = run.get();
      assertThat(inv.problems()).isEqualTo(alone.problems());
      assertThat(components(inv)).isEqualTo(components(alone));
    }
    try (Stream<Path> files = Files.walk(temp.resolve("shared/local-repo"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".part") || n.endsWith(".tmp") || n.contains(".part-"));
    }
    assertThat(alone.components()).extracting(Component::ref).isNotEmpty();
  }
}

package nl.autonomy.core.lockin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.signals.SignalDetector;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * End-to-end throughput of the lock-in evidence scan against a plain read of the same files in the
 * same JVM. Run by hand, never in CI (see docs/lock-in.md):
 * <pre>
 *   mvn -pl src/core -am test-compile -DskipTests
 *   mvn -pl src/core exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx256m -cp %classpath nl.autonomy.core.lockin.ScanThroughput /tmp/autonomy-bench 100000 1024"
 * </pre>
 * Arguments: tree folder (generated when missing), number of files, total size in MiB, rounds (5),
 * and {@code cold} to empty the page cache before each measurement instead (Linux, root only).
 * The tree mixes Java, Kotlin, Python, TypeScript, Go, YAML, properties, JSON, Terraform and
 * Dockerfiles; about one line in 200 carries a signal. The measurements take turns, round after
 * round (the first warms the page cache and the JIT), and the best of each is reported: on a shared
 * machine the best round is the one least disturbed by others.
 */
public final class ScanThroughput {

  private static final String[] EXTENSIONS = {"java", "kt", "py", "ts", "go", "yaml", "properties", "json", "tf", "cs"};
  private static final String[] FILLER = {
      "    private final String naam = \"afvalmelding\"; // gewone regel code",
      "  timeout: 30s", "def verwerk(melding): return melding.get('id')", "export const x = (a: number) => a * 2;",
      "spring.jpa.hibernate.ddl-auto=validate", "  \"name\": \"afval-frontend\", \"version\": \"1.0.0\",",
      "resource \"kubernetes_namespace\" \"afval\" { metadata { name = \"afval\" } }"};
  private static final String[] SIGNALS = {
      "import com.azure.storage.blob.BlobClient;", "url=https://afval.blob.core.windows.net",
      "image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/afval:1", "resource \"aws_s3_bucket\" \"x\" {",
      "import boto3", "import { S3Client } from \"@aws-sdk/client-s3\";", "    eks.amazonaws.com/role-arn: arn"};

  private ScanThroughput() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "/tmp/autonomy-bench");
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long mib = args.length > 2 ? Long.parseLong(args[2]) : 1024;
    if (!Files.isDirectory(root)) {
      generate(root, files, mib * 1024 * 1024);
    }
    Catalog catalog = new CatalogLoader().loadDefault();
    LockInRules rules = LockInRules.loadDefault();
    SignalDetector detector = new SignalDetector();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    if (args.length > 4 && args[4].equals("cold")) {
      cold(root, rounds);
      return;
    }
    FileWalker.WalkResult walk = new FileWalker(ScanOptions.DEFAULT_MAX_FILE_SIZE).walk(root);
    List<WorkspaceFile> accepted = walk.files().stream().filter(detector::accepts).toList();
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    long bytes = 0;
    for (int round = 1; round <= rounds; round++) {
      long t1 = System.nanoTime();
      bytes = plainRead(accepted, 1);
      long t2 = System.nanoTime();
      plainRead(accepted, threads);
      long t3 = System.nanoTime();
      Detection detection = detector.detect(catalog, rules, ScanOptions.DEFAULT_MAX_FILE_SIZE, accepted);
      long t4 = System.nanoTime();
      readAllBytes(accepted, threads);
      long t5 = System.nanoTime();
      long[] took = {t2 - t1, t3 - t2, t4 - t3, t5 - t4};
      for (int i = 0; i < took.length; i++) {
        best[i] = Math.min(best[i], took[i]);
      }
      Runtime rt = Runtime.getRuntime();
      System.out.printf("round %d: read 1 thread %.2f s, read %d threads %.2f s, readAllBytes %.2f s, evidence scan"
          + " %d threads %.2f s (%d sightings, %d problems; heap used %d of %d MiB)%n", round, took[0] / 1e9, threads,
          took[1] / 1e9, took[3] / 1e9, threads, took[2] / 1e9, detection.serviceUses().size(), detection.problems().size(),
          (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }
    double mb = bytes / 1e6;
    System.out.printf("%d files, %.0f MB, best of %d rounds:%n", accepted.size(), mb, rounds);
    System.out.printf("  plain read, 1 thread:      %.2f s (%.0f MB/s)%n", best[0] / 1e9, mb / (best[0] / 1e9));
    System.out.printf("  plain read, %d threads:     %.2f s (%.0f MB/s)%n", threads, best[1] / 1e9, mb / (best[1] / 1e9));
    System.out.printf("  Files.readAllBytes, %d threads: %.2f s (%.0f MB/s)%n", threads, best[3] / 1e9,
        mb / (best[3] / 1e9));
    System.out.printf("  evidence scan, %d threads:  %.2f s (%.0f MB/s)%n", threads, best[2] / 1e9, mb / (best[2] / 1e9));
    System.out.printf("  ratio scan / read: %.2f (same threads), %.2f (vs 1-thread read), %.2f (vs readAllBytes)%n",
        (double) best[2] / best[1], (double) best[2] / best[0], (double) best[2] / best[3]);
  }

  /**
   * With an empty page cache before every measurement (Linux, as root: the kernel is told to drop
   * its caches), as on a first scan of a tree that is on disk but not in memory.
   */
  private static void cold(Path root, int rounds) throws Exception {
    Catalog catalog = new CatalogLoader().loadDefault();
    LockInRules rules = LockInRules.loadDefault();
    SignalDetector detector = new SignalDetector();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    List<WorkspaceFile> accepted = new FileWalker(ScanOptions.DEFAULT_MAX_FILE_SIZE).walk(root).files().stream()
        .filter(detector::accepts).toList();
    // warm the JIT on the warm cache first, so the cold rounds measure the disk and not the compiler
    detector.detect(catalog, rules, ScanOptions.DEFAULT_MAX_FILE_SIZE, accepted);
    plainRead(accepted, threads);
    long bestRead = Long.MAX_VALUE;
    long bestScan = Long.MAX_VALUE;
    for (int round = 1; round <= rounds; round++) {
      dropCaches();
      long t0 = System.nanoTime();
      plainRead(accepted, threads);
      long t1 = System.nanoTime();
      dropCaches();
      long t2 = System.nanoTime();
      detector.detect(catalog, rules, ScanOptions.DEFAULT_MAX_FILE_SIZE, accepted);
      long t3 = System.nanoTime();
      bestRead = Math.min(bestRead, t1 - t0);
      bestScan = Math.min(bestScan, t3 - t2);
      System.out.printf("cold round %d: plain read %d threads %.2f s, evidence scan %.2f s%n", round, threads,
          (t1 - t0) / 1e9, (t3 - t2) / 1e9);
    }
    System.out.printf("cold, best of %d: plain read %.2f s, evidence scan %.2f s, ratio %.2f%n", rounds, bestRead / 1e9,
        bestScan / 1e9, (double) bestScan / bestRead);
  }

  private static void dropCaches() throws Exception {
    new ProcessBuilder("sync").inheritIO().start().waitFor();
    Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
  }

  /** The plainest read there is: each file into a new array of its size. */
  private static long readAllBytes(List<WorkspaceFile> files, int threads) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> files.parallelStream().mapToLong(f -> {
        try {
          return Files.readAllBytes(f.absolute()).length;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sum()).get();
    } finally {
      pool.shutdown();
    }
  }

  private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

  /**
   * Reads every file to its end through a per-thread 64 KiB buffer, the way the scanner does,
   * doing nothing else.
   */
  private static long plainRead(List<WorkspaceFile> files, int threads) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> files.parallelStream().mapToLong(ScanThroughput::read).sum()).get();
    } finally {
      pool.shutdown();
    }
  }

  private static long read(WorkspaceFile file) {
    byte[] buf = BUFFERS.get();
    long total = 0;
    try (InputStream in = Files.newInputStream(file.absolute())) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        total += n;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return total;
  }

  private static void generate(Path root, int files, long totalBytes) throws IOException {
    Random random = new Random(11);
    long perFile = totalBytes / files;
    for (int i = 0; i < files; i++) {
      String ext = EXTENSIONS[i % EXTENSIONS.length];
      Path dir = root.resolve("module" + (i % 50)).resolve("src").resolve("pkg" + (i % 997));
      Files.createDirectories(dir);
      Path file = dir.resolve(i % 97 == 0 ? "Dockerfile" : "File" + i + "." + ext);
      long size = perFile / 2 + (long) (random.nextDouble() * perFile);
      try (OutputStream out = Files.newOutputStream(file)) {
        long written = 0;
        while (written < size) {
          String line = random.nextInt(200) == 0 ? SIGNALS[random.nextInt(SIGNALS.length)]
              : FILLER[random.nextInt(FILLER.length)];
          byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
          out.write(b);
          written += b.length;
        }
      }
    }
  }
}

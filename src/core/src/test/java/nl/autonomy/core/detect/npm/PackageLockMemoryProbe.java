package nl.autonomy.core.detect.npm;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Run by hand, not by the build: measures time and peak heap of reading one package-lock.json.
 * With no argument it writes a 50 MB synthetic lockfile first. Run with a small heap to show the
 * reading is bounded, e.g.
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<deps> ...PackageLockMemoryProbe [file]}.
 */
public final class PackageLockMemoryProbe {

  private PackageLockMemoryProbe() {
  }

  public static void main(String[] args) throws Exception {
    Path lock;
    int expected = -1;
    if (args.length > 0) {
      lock = Path.of(args[0]).toAbsolutePath();
    } else {
      Path dir = Files.createTempDirectory("autonomy-probe");
      lock = dir.resolve("package-lock.json");
      expected = SyntheticPackageLock.write(lock, 50L * 1024 * 1024);
    }
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long before = heapUsed();
    long start = System.nanoTime();
    WorkspaceFile file = new WorkspaceFile("package-lock.json", lock, Files.size(lock));
    Detection d = new NpmDetector().detect(
        new DetectorContext(lock.getParent(), ScanOptions.defaults(), Optional.empty()), List.of(file));
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("file %s: %.1f MB%n", lock, Files.size(lock) / 1048576.0);
    System.out.printf("components %d (expected %d), edges %d, projects %d, problems %d%n",
        d.components().stream().map(c -> c.ref()).distinct().count(), expected, d.edges().size(),
        d.projects().size(), d.problems().size());
    d.problems().forEach(p -> System.out.println("  " + p));
    System.gc();
    long retained = heapUsed();
    System.out.printf("time %d ms, heap before %d MB, result retained after GC %d MB, "
            + "sum of pool peaks %d MB, max heap %d MB%n",
        millis, before >> 20, retained >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    System.out.println(d.components().size() > 0 ? "" : "no components");
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}

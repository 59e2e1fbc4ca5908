package nl.autonomy.core.detect.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.cargo.CargoDetector;
import nl.autonomy.core.detect.composer.ComposerDetector;
import nl.autonomy.core.detect.dotnet.NuGetDetector;
import nl.autonomy.core.detect.golang.GoDetector;
import nl.autonomy.core.detect.gradle.GradleDetector;
import nl.autonomy.core.detect.ruby.RubyDetector;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Run by hand, not by the build: writes one large synthetic lockfile per ecosystem (the count given
 * as argument, default 20000 packages) and prints, per detector, the file size, components found
 * against the number written, time and peak heap, e.g.
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<deps> ...OtherLockfilesProbe 20000}.
 */
public final class OtherLockfilesProbe {

  private OtherLockfilesProbe() {
  }

  private interface Writer {
    void write(Path dir, int n) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path root = Files.createTempDirectory("autonomy-other-probe");
    run("cargo", new CargoDetector(), SyntheticLockfiles::cargo, root, n);
    run("composer", new ComposerDetector(), SyntheticLockfiles::composer, root, n);
    run("golang", new GoDetector(), SyntheticLockfiles::golang, root, n);
    run("ruby", new RubyDetector(), SyntheticLockfiles::gem, root, n);
    run("nuget", new NuGetDetector(), SyntheticLockfiles::nuget, root, n);
    run("gradle", new GradleDetector(), SyntheticLockfiles::gradle, root, n);
  }

  private static void run(String name, Detector detector, Writer writer, Path root, int n) throws Exception {
    Path dir = root.resolve(name);
    writer.write(dir, n);
    List<WorkspaceFile> files = new FileWalker(ScanOptions.DEFAULT_MAX_FILE_SIZE).walk(dir).files().stream()
        .filter(detector::accepts).toList();
    long bytes = files.stream().mapToLong(WorkspaceFile::size).sum();
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    Detection d = detector.detect(new DetectorContext(dir, ScanOptions.defaults(), Optional.empty()), files);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("%-9s %6.1f MB  components %6d (written %d)  edges %6d  problems %d  %5d ms  peak heap %4d MB%n",
        name, bytes / 1048576.0, d.components().stream().map(c -> c.ref()).distinct().count(), n, d.edges().size(),
        d.problems().size(), millis, peak >> 20);
  }
}

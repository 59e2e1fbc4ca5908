package nl.autonomy.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder switches from one complete set to the next as one, whatever happens meanwhile. */
class OutputFolderTest {

  @TempDir
  Path tmp;

  @Test
  void anOutputPathThatIsAFileIsNamedPlainly() throws IOException {
    Path file = Files.writeString(tmp.resolve("report.txt"), "mine");

    assertThatThrownBy(() -> output("a", "b").write(SampleResults.empty(), file))
        .isInstanceOf(IOException.class).hasMessageContaining("is a file, not a folder");
    assertThat(file).hasContent("mine");
  }

  @Test
  void aReadOnlyOutputFolderIsRefusedAndKeptAsItWas() throws IOException {
    Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve("a.txt"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(out), "running as root: permissions are not enforced");
      assertThatThrownBy(() -> output("a").write(SampleResults.empty(), out))
          .isInstanceOf(IOException.class).hasMessageContaining("read-only");
      assertThat(out.resolve("a.txt")).hasContent("old");
      assertThat(listing(tmp)).containsExactly("out");
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void theNewSetReplacesTheOldOneWholeAndLeavesNoTemporary() throws IOException {
    Path out = tmp.resolve("autonomy-report");
    Files.createDirectories(out);
    // files any writer on the class path writes, left by an earlier run with more formats
    Files.writeString(out.resolve("report.html"), "old");
    Files.writeString(out.resolve("a.txt"), "old");

    List<Path> written = output("a", "b").write(SampleResults.empty(), out);

    assertThat(written).containsExactly(out.resolve("a.txt"), out.resolve("b.txt"));
    assertThat(listing(out)).containsExactly("a.txt", "b.txt");
    assertThat(listing(tmp)).containsExactly("autonomy-report");
  }

  @Test
  void whatAKilledRunLeftIsCleanedAndASetLeftAsideComesBack() throws IOException {
    Path out = tmp.resolve("autonomy-report");
    long dead = deadPid();
    // killed between its two renames: its predecessor's set lies aside, the folder is gone
    Path aside = Files.createDirectory(tmp.resolve(".autonomy-report.autonomy-" + dead + "-1-old.tmp"));
    Files.writeString(aside.resolve("a.txt"), "earlier");
    Path staging = Files.createDirectory(tmp.resolve(".autonomy-report.autonomy-" + dead + "-2.tmp"));
    Files.writeString(staging.resolve("a.txt"), "half");
    Path failing = tmp.resolve("failing-run");
    assertThatThrownBy(() -> new ReportOutput(List.of(new Fixed("a", "x"), new Failing()), WriterOptions.defaults())
        .write(SampleResults.empty(), out)).isInstanceOf(IOException.class);

    assertThat(out.resolve("a.txt")).hasContent("earlier");
    assertThat(listing(tmp)).containsExactly("autonomy-report");
    assertThat(failing).doesNotExist();
  }

  @Test
  void perFileTemporariesOfKilledRunsAreRemovedToo() throws IOException {
    Path out = Files.createDirectory(tmp.resolve("autonomy-report"));
    Files.writeString(out.resolve(".bom.cdx.json." + deadPid() + ".123.tmp"), "half");

    output("a").write(SampleResults.empty(), out);

    assertThat(listing(out)).containsExactly("a.txt");
  }

  @Test
  void aFolderWithSomeoneElsesFilesKeepsThemAndGetsEachFileReplaced() throws IOException {
    Path out = Files.createDirectory(tmp.resolve("shared"));
    Files.writeString(out.resolve("notes.md"), "mine");
    Files.writeString(out.resolve("a.txt"), "old");

    output("a").write(SampleResults.empty(), out);

    assertThat(out.resolve("notes.md")).hasContent("mine");
    assertThat(out.resolve("a.txt")).hasContent("a");
    assertThat(listing(out)).containsExactly("a.txt", "notes.md");
    assertThat(listing(tmp)).containsExactly("shared");
  }

  @Test
  void twoRunsIntoOneFolderEndWithOneCompleteSet() throws Exception {
    Path out = tmp.resolve("autonomy-report");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int run = 0; run < 2; run++) {
        String id = "run" + run;
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            new ReportOutput(List.of(new Fixed("a", id), new Fixed("b", id), new Fixed("c", id)),
                WriterOptions.defaults()).write(SampleResults.empty(), out);
          }
          return null;
        }));
      }
      for (Future<?> f : runs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(listing(out)).containsExactly("a.txt", "b.txt", "c.txt");
    String winner = Files.readString(out.resolve("a.txt"));
    assertThat(out.resolve("b.txt")).hasContent(winner);
    assertThat(out.resolve("c.txt")).hasContent(winner);
    assertThat(listing(tmp)).containsExactly("autonomy-report");
  }

  private static ReportOutput output(String... names) {
    return new ReportOutput(Stream.of(names).map(n -> (ReportWriter) new Fixed(n, n)).toList(), WriterOptions.defaults());
  }

  /** A process id that belonged to a process that has ended. */
  static long deadPid() throws IOException {
    try {
      Process p = new ProcessBuilder("true").start();
      p.waitFor();
      return p.pid();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private record Fixed(String name, String content) implements ReportWriter {
    @Override
    public String format() {
      return name;
    }

    @Override
    public String fileName() {
      return name + ".txt";
    }

    @Override
    public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes half its output, then the disk fills up. */
  private static final class Failing implements ReportWriter {
    @Override
    public String format() {
      return "failing";
    }

    @Override
    public String fileName() {
      return "failing.txt";
    }

    @Override
    public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
      out.write("half of it".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    }
  }
}

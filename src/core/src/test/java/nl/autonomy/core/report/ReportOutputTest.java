package nl.autonomy.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputTest {

  @TempDir
  Path dir;

  @Test
  void writesEverySelectedFormatIntoANewDirectoryAndReturnsThePathsSorted() throws IOException {
    Path out = dir.resolve("autonomy-report/nested");
    ReportOutput output = new ReportOutput(
        ReportWriters.load().select(List.of("sarif", "json", "cyclonedx-xml", "cyclonedx-json")), WriterOptions.defaults());

    List<Path> written = output.write(SampleResults.springBootOnAzure(), out);

    assertThat(written).containsExactly(out.resolve("bom.cdx.json"), out.resolve("bom.cdx.xml"),
        out.resolve("report.json"), out.resolve("report.sarif"));
    assertThat(written).allSatisfy(p -> assertThat(p).isNotEmptyFile());
    assertThat(listing(out)).containsExactly("bom.cdx.json", "bom.cdx.xml", "report.json", "report.sarif");
  }

  @Test
  void reportsGetTheSamePermissionsAsAnyNewFileNotPrivateOnes() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path plain = Files.createFile(dir.resolve("plain.txt"));

    new ReportOutput(List.of(new Fixed("good", "x")), WriterOptions.defaults()).write(SampleResults.empty(), dir);

    assertThat(Files.getPosixFilePermissions(dir.resolve("good.txt"))).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aFailingWriterLeavesNoFileAndKeepsTheEarlierRunsFiles() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "from an earlier run");
    ReportOutput output = new ReportOutput(List.of(new Fixed("good", "new content"), new Failing()),
        WriterOptions.defaults());

    assertThatThrownBy(() -> output.write(SampleResults.empty(), dir))
        .isInstanceOf(IOException.class).hasMessageContaining("disk full");

    assertThat(listing(dir)).containsExactly("good.txt");
    assertThat(dir.resolve("good.txt")).hasContent("from an earlier run");
  }

  @Test
  void aWriterBugLeavesNoFileEither() throws IOException {
    ReportOutput output = new ReportOutput(List.of(new Fixed("a", "x"), new Buggy()), WriterOptions.defaults());

    assertThatThrownBy(() -> output.write(SampleResults.empty(), dir)).isInstanceOf(IllegalStateException.class);

    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void anExistingFileIsReplaced() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "old");

    new ReportOutput(List.of(new Fixed("good", "new")), WriterOptions.defaults()).write(SampleResults.empty(), dir);

    assertThat(dir.resolve("good.txt")).hasContent("new");
  }

  @Test
  void twoWritersForOneFileAreRefused() {
    assertThatThrownBy(() -> new ReportOutput(List.of(new Fixed("a", "1"), new Fixed("a", "2")), WriterOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLargeInventoryIsWrittenOneFileAtATimeASmallOneSideBySide() throws IOException {
    ScanResult large = ReportResults.large(ReportOutput.LARGE_INVENTORY + 1);
    assertThat(ReportOutput.sideBySide(large)).isEqualTo(1);
    assertThat(ReportOutput.sideBySide(SampleResults.springBootOnAzure())).isGreaterThan(1);

    // one file at a time: no two writes overlap, and every file is still written
    java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    List<ReportWriter> writers = Stream.of("a", "b", "c", "d").<ReportWriter>map(n -> new Counting(n, running, most)).toList();
    new ReportOutput(writers, WriterOptions.defaults()).write(large, dir);

    assertThat(most).hasValue(1);
    assertThat(listing(dir)).containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
  }

  private record Counting(String name, java.util.concurrent.atomic.AtomicInteger running,
      java.util.concurrent.atomic.AtomicInteger most) implements ReportWriter {
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
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      out.write(name.getBytes(StandardCharsets.UTF_8));
      running.decrementAndGet();
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
      throw new IOException("disk full");
    }
  }

  private static final class Buggy implements ReportWriter {
    @Override
    public String format() {
      return "buggy";
    }

    @Override
    public String fileName() {
      return "buggy.txt";
    }

    @Override
    public void write(ScanResult result, WriterOptions options, OutputStream out) {
      throw new IllegalStateException("a bug");
    }
  }
}

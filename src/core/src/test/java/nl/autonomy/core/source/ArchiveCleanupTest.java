package nl.autonomy.core.source;

import static nl.autonomy.core.source.ArchiveTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refused or unreadable deliveries leave no partial extraction; harmless oddities are not refused. */
class ArchiveCleanupTest {

  @TempDir
  Path tmp;

  @Test
  void aZipSlipArchiveLeavesNoPartialExtraction() throws Exception {
    Path slip = ArchiveTestFiles.zip(tmp.resolve("slip.zip"), new java.util.LinkedHashMap<>(Map.of(
        "a/first.txt", text("unpacked before the bad entry"), "../../escaped.txt", text("x"))));

    assertThatThrownBy(() -> preparer(1000, 1_000_000).prepare(slip.toString(), true))
        .isInstanceOf(SourceException.class).hasMessageContaining("zip slip");

    assertThat(ownTemporaries()).isEmpty();
  }

  @Test
  void aZipBombLeavesNothingBehind() throws Exception {
    Path bomb = ArchiveTestFiles.zip(tmp.resolve("bomb.zip"), Map.of(
        "one.bin", new byte[600_000], "two.bin", new byte[600_000]));

    assertThatThrownBy(() -> preparer(10, 1_000_000).prepare(bomb.toString(), true))
        .isInstanceOf(SourceException.class).hasMessageContaining("size bound");

    assertThat(ownTemporaries()).isEmpty();
  }

  @Test
  void anUnreadableArchiveLeavesNothingBehind() throws Exception {
    Path broken = Files.write(tmp.resolve("broken.war"), "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> preparer(10, 1_000_000).prepare(broken.toString(), true))
        .isInstanceOf(SourceException.class);

    assertThat(ownTemporaries()).isEmpty();
  }

  @Test
  void aDotSlashEntryIsNotZipSlip() throws Exception {
    Path archive = ArchiveTestFiles.zip(tmp.resolve("dot.zip"), new java.util.LinkedHashMap<>(Map.of(
        "./", new byte[0], "./app/pom.properties", text("groupId=g"))));

    new ArchiveExtractor(10, 1_000_000).extract(archive, tmp.resolve("out"));

    assertThat(tmp.resolve("out/app/pom.properties")).hasContent("groupId=g");
  }

  @Test
  void oneEntryNameThatIsNotUtf8DoesNotRefuseTheArchive() throws Exception {
    Path archive = tmp.resolve("legacy.zip");
    Files.write(archive, zipWithLatin1Name());

    new ArchiveExtractor(10, 1_000_000).extract(archive, tmp.resolve("out"));

    assertThat(tmp.resolve("out/META-INF/maven/g/a/pom.properties")).exists();
    try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).hasSize(2).anyMatch(n -> n.startsWith("caf"));
    }
  }

  @Test
  void temporariesOfKilledRunsAreRemovedOthersAreKept() throws Exception {
    Path root = Files.createDirectory(tmp.resolve("tmp"));
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path stale = Files.createDirectories(root.resolve("autonomy-archive-" + gone.pid() + "-42/WEB-INF"));
    Path live = Files.createDirectory(root.resolve("autonomy-archive-" + ProcessHandle.current().pid() + "-43"));
    Path foreign = Files.createDirectory(root.resolve("autonomy-archive-notours"));

    SourcePreparer.cleanStale(root);

    assertThat(stale.getParent()).doesNotExist();
    assertThat(live).exists();
    assertThat(foreign).exists();
  }

  /** A ZIP whose first entry name is Latin-1 bytes without the UTF-8 flag, as old Windows tools wrote. */
  private static byte[] zipWithLatin1Name() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
      zip.putNextEntry(new ZipEntry("caf\u00e9-\u00e9t\u00e9.txt"));
      zip.write(text("x"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/maven/g/a/pom.properties"));
      zip.write(text("groupId=g\nartifactId=a\nversion=1\n"));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static SourcePreparer preparer(int entries, long bytes) {
    return new SourcePreparer(new ArchiveExtractor(entries, bytes));
  }

  private static List<Path> ownTemporaries() throws IOException {
    String prefix = SourcePreparer.prefix("archive");
    try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return all.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
  }
}

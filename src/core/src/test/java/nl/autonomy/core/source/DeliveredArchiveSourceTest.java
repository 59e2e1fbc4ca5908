package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delivered tar.gz is unpacked like a ZIP; a refused archive leaves no temporary folder behind. */
class DeliveredArchiveSourceTest {

  @TempDir
  Path tmp;

  private static byte[] tarGz(Map<String, String> entries, String link) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      tar.putArchiveEntry(new TarArchiveEntry("./"));
      tar.closeArchiveEntry();
      for (var e : entries.entrySet()) {
        byte[] b = e.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(b.length);
        tar.putArchiveEntry(entry);
        tar.write(b);
        tar.closeArchiveEntry();
      }
      if (link != null) {
        TarArchiveEntry l = new TarArchiveEntry("./escape", TarArchiveEntry.LF_SYMLINK);
        l.setLinkName(link);
        tar.putArchiveEntry(l);
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  private static long autonomyTemps() throws Exception {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("autonomy-archive-")).count();
    }
  }

  @Test
  void aTarGzIsUnpackedWithItsDotFolderAndWithoutItsLinks() throws Exception {
    Path tgz = Files.write(tmp.resolve("levering-1.0.tgz"),
        tarGz(Map.of("./app/pom.xml", "<project/>", "./app/config/application.yml", "x: 1"), "/etc/passwd"));

    ScanSource source = new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(tgz.toString(), true);
    try {
      assertThat(source.kind().id()).isEqualTo("archive");
      assertThat(source.root().resolve("app/pom.xml")).hasContent("<project/>");
      assertThat(Files.exists(source.root().resolve("escape"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    } finally {
      SourcePreparer.release(source);
    }
  }

  @Test
  void aTarEntryOutsideTheTargetIsRefusedAndNothingIsLeftBehind() throws Exception {
    Path tgz = Files.write(tmp.resolve("evil.tar.gz"), tarGz(Map.of("../../escaped.txt", "gotcha"), null));
    long before = autonomyTemps();

    assertThatThrownBy(() -> new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(tgz.toString(), true))
        .isInstanceOf(SourceException.class).hasMessageContaining("zip slip");
    assertThat(autonomyTemps()).isEqualTo(before);
  }

  @Test
  void aZipBombEntryIsRefusedByTheCompressionRatioBound() throws Exception {
    Path zip = ArchiveTestFiles.zip(tmp.resolve("bomb.zip"), Map.of("zeros.txt", new byte[16 * 1024 * 1024]));
    long before = autonomyTemps();

    assertThatThrownBy(() -> new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(zip.toString(), true))
        .isInstanceOf(SourceException.class).hasMessageContaining("compression-ratio bound");
    assertThat(autonomyTemps()).isEqualTo(before);
  }
}

package nl.autonomy.core.source;

import static nl.autonomy.core.source.ArchiveTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExtractorTest {

  @TempDir
  Path tmp;

  @Test
  void unpacksADeliveredWarKeepingNestedJarsPacked() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("WEB-INF/web.xml", text("<web-app/>"));
    entries.put("WEB-INF/lib/azure-storage-blob-12.27.0.jar", text("PK-not-really"));
    Path war = ArchiveTestFiles.zip(tmp.resolve("in/parkeren.war"), entries);

    Path out = tmp.resolve("out");
    ArchiveExtractor.withDefaultBounds().extract(war, out);

    assertThat(out.resolve("WEB-INF/web.xml")).hasContent("<web-app/>");
    assertThat(out.resolve("WEB-INF/lib/azure-storage-blob-12.27.0.jar")).exists();
  }

  @Test
  void refusesAnEntryThatWouldLandOutsideTheTarget() throws IOException {
    Path evil = ArchiveTestFiles.zip(tmp.resolve("evil.zip"), Map.of("../../escaped.txt", text("gotcha")));

    assertThatThrownBy(() -> ArchiveExtractor.withDefaultBounds().extract(evil, tmp.resolve("out")))
        .isInstanceOf(SourceException.class).hasMessageContaining("zip slip");
    assertThat(tmp.resolve("escaped.txt")).doesNotExist();
    assertThat(tmp.getParent().resolve("escaped.txt")).doesNotExist();
  }

  @Test
  void refusesAnArchiveThatUnpacksBeyondTheSizeBound() throws IOException {
    // 1 MB of zeros compresses to about 1 KB: the bound must count real bytes, not claimed sizes
    Path bomb = ArchiveTestFiles.zip(tmp.resolve("bomb.zip"), Map.of("zeros.bin", new byte[1024 * 1024]));

    assertThat(Files.size(bomb)).isLessThan(10_000);
    assertThatThrownBy(() -> new ArchiveExtractor(10, 100_000).extract(bomb, tmp.resolve("out")))
        .isInstanceOf(SourceException.class).hasMessageContaining("size bound");
  }

  @Test
  void refusesAnArchiveWithTooManyEntries() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      entries.put("f" + i + ".txt", text("x"));
    }
    Path many = ArchiveTestFiles.zip(tmp.resolve("many.zip"), entries);

    assertThatThrownBy(() -> new ArchiveExtractor(10, 1_000_000).extract(many, tmp.resolve("out")))
        .isInstanceOf(SourceException.class).hasMessageContaining("more than 10 entries");
  }
}

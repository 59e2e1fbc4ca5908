package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.autonomy.core.model.DeliveredFile;
import nl.autonomy.core.model.Delivery;
import nl.autonomy.core.model.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every delivered file with its size and SHA-256, for the contract report. */
class DeliveryFilesTest {

  @TempDir
  Path tmp;

  @Test
  void everyFileIsListedSortedWithSizeAndSha256TheInputFirstAndGitLeftOut() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("delivery"));
    Files.writeString(Files.createDirectories(root.resolve("WEB-INF/lib")).resolve("a.jar"), "abc");
    Files.writeString(Files.createDirectories(root.resolve("target")).resolve("built.txt"), "");
    Files.writeString(Files.createDirectories(root.resolve(".git")).resolve("HEAD"), "ref: refs/heads/main");
    Files.writeString(root.resolve("README"), "hello");
    Path input = Files.writeString(tmp.resolve("delivery.zip"), "zip bytes");

    Delivery d = DeliveryFiles.of(new ScanSource(root, input.toString(), SourceKind.ARCHIVE, false), input);

    assertThat(d.input().path()).isEqualTo("delivery.zip");
    assertThat(d.input().size()).isEqualTo(9);
    assertThat(d.input().sha256()).isEqualTo(Digests.of(input).get(Digests.SHA256));
    assertThat(d.files()).extracting(DeliveredFile::path).containsExactly("README", "WEB-INF/lib/a.jar", "target/built.txt");
    assertThat(d.files().get(1).size()).isEqualTo(3);
    assertThat(d.files().get(1).sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(d.files().get(2).sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(d.unread()).isEmpty();
    assertThat(d.totalBytes()).isEqualTo(9);
  }
}

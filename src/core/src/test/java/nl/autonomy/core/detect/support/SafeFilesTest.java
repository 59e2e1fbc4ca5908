package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Include paths named inside scanned files never leave the scanned root; reading is bounded. */
class SafeFilesTest {

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({
      "requirements.txt, base.txt, base.txt",
      "reqs/dev.txt, ../requirements.txt, requirements.txt",
      "a/b/c.txt, ./d.txt, a/b/d.txt",
      "'dir with space/x.txt', 'other dir/y.txt', 'dir with space/other dir/y.txt'",
      "packages/kaart/x, ../.., ''",
  })
  void resolvesInsideTheRoot(String from, String reference, String expected) {
    assertThat(SafeFiles.resolveInside(from, reference)).contains(expected);
  }

  @ParameterizedTest(name = "{0} + {1} is refused")
  @CsvSource({
      "requirements.txt, ../outside.txt",
      "a/requirements.txt, ../../etc/passwd",
      "requirements.txt, /etc/passwd",
      "requirements.txt, C:/Windows/win.ini",
  })
  void refusesPathsLeavingTheRoot(String from, String reference) {
    assertThat(SafeFiles.resolveInside(from, reference)).isEmpty();
  }

  @Test
  void refusesAFileLargerThanTheBound(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("big.txt"), "x".repeat(2048));
    assertThatThrownBy(() -> SafeFiles.readString(f, 1024)).isInstanceOf(LockfileSizeException.class);
    assertThat(SafeFiles.readString(f, 4096)).hasSize(2048);
  }

  @Test
  void dropsAByteOrderMark(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("bom.txt"), "\uFEFFidna==3.6");
    assertThat(SafeFiles.readString(f, 1024)).isEqualTo("idna==3.6");
  }
}

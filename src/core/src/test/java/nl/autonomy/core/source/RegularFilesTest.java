package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.Baseline;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.policy.PolicyRepository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIFO where a file is expected blocks whoever opens it until someone writes: every such place
 * must refuse it instead of hanging. Each test has a timeout, so a regression fails rather than hangs.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RegularFilesTest {

  @TempDir
  Path tmp;

  @BeforeEach
  void needsMkfifo() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo is needed to make a FIFO");
  }

  private Path fifo(Path where) throws Exception {
    Files.createDirectories(where.getParent());
    Process p = new ProcessBuilder("/usr/bin/mkfifo", where.toString()).start();
    assertThat(p.waitFor()).isZero();
    return where;
  }

  @Test
  void aFifoAsBaselineIsRefusedNotRead() throws Exception {
    Path fifo = fifo(tmp.resolve("report.json"));

    assertThatThrownBy(() -> Baseline.fingerprints(fifo))
        .isInstanceOf(PolicyException.class).hasMessageContaining("not a regular file");
  }

  @Test
  void aFifoAsPolicyIsRefusedNotRead() throws Exception {
    Path fifo = fifo(tmp.resolve("policy.yaml"));

    assertThatThrownBy(() -> new PolicyRepository().load(fifo.toString()))
        .isInstanceOf(PolicyException.class).hasMessageContaining("not a regular file");
  }

  @Test
  void aFifoAsCatalogIsRefusedNotRead() throws Exception {
    Path fifo = fifo(tmp.resolve("catalog.yaml"));

    assertThatThrownBy(() -> new CatalogLoader().load(java.util.List.of(fifo)))
        .isInstanceOf(CatalogException.class).hasMessageContaining("not a regular file");
  }

  @Test
  void aFifoAsGitHeadOrConfigMeansNoGitFactsNotAHang() throws Exception {
    for (String name : new String[] {"HEAD", "config", "refs/heads/main"}) {
      Path repo = Files.createDirectories(tmp.resolve("repo-" + name.replace('/', '-')));
      Path git = Files.createDirectories(repo.resolve(".git"));
      Files.createDirectories(git.resolve("objects"));
      Files.createDirectories(git.resolve("refs/heads"));
      if (!name.equals("HEAD")) {
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
      }
      fifo(git.resolve(name));

      assertThat(GitInfo.read(repo)).as(name).isEmpty();
    }
  }

  @Test
  void aFifoNamedLikeABareRepositorysHeadIsNotOpened() throws Exception {
    Path tree = Files.createDirectories(tmp.resolve("tree"));
    Files.createDirectories(tree.resolve("objects"));
    Files.createDirectories(tree.resolve("refs"));
    fifo(tree.resolve("HEAD"));

    assertThat(GitDirGuard.safe(tree)).isFalse();
    assertThat(GitInfo.read(tree)).isEmpty();
  }

  @Test
  void regularFilesAreStillRead() throws IOException {
    Path file = Files.writeString(tmp.resolve("a.txt"), "x");
    RegularFiles.require(file, "the file");
    assertThat(RegularFiles.isReadable(file)).isTrue();
    assertThatThrownBy(() -> RegularFiles.require(tmp, "the file")).hasMessageContaining("a folder");
  }
}

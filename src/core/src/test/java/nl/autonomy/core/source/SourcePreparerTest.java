package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePreparerTest {

  @TempDir
  Path tmp;

  private final SourcePreparer preparer = new SourcePreparer(ArchiveExtractor.withDefaultBounds());

  @Test
  void aFolderIsScannedWhereItIsAndNeverDeleted() throws Exception {
    ScanSource source = preparer.prepare(tmp.toString(), false);

    assertThat(source.kind().id()).isEqualTo("folder");
    assertThat(source.root()).isEqualTo(tmp.toAbsolutePath().normalize());
    SourcePreparer.release(source);
    assertThat(tmp).exists();
  }

  @Test
  void aGitUrlIsClonedWithJgitAndItsCommitRecorded() throws Exception {
    Path upstream = tmp.resolve("upstream");
    String commit;
    try (Git git = Git.init().setDirectory(upstream.toFile()).setInitialBranch("main").call()) {
      Files.writeString(upstream.resolve("pom.xml"), "<project/>");
      git.add().addFilepattern("pom.xml").call();
      commit = git.commit().setMessage("first").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
          .setSign(false).call().name();
    }
    String url = upstream.toUri().toString().replace("file:/", "file:///").replace("file:////", "file:///");

    ScanSource source = preparer.prepare(url, true);
    try {
      assertThat(source.kind().id()).isEqualTo("git");
      assertThat(source.root().resolve("pom.xml")).exists();
      assertThat(GitInfo.read(source.root())).get().extracting(GitInfo::commit).isEqualTo(commit);
    } finally {
      SourcePreparer.release(source);
    }
    assertThat(source.root()).doesNotExist();
  }

  @Test
  void aRemoteGitUrlIsRefusedOfflineBeforeAnyNetworkUse() {
    assertThatThrownBy(() -> preparer.prepare("https://git.example.org/gemeente/parkeren.git", true))
        .isInstanceOf(SourceException.class).hasMessageContaining("--offline");
  }

  @Test
  void anArchiveIsUnpackedIntoATemporaryFolder() throws Exception {
    Path zip = ArchiveTestFiles.zip(tmp.resolve("delivery.zip"), Map.of("app/pom.xml", ArchiveTestFiles.text("<project/>")));

    ScanSource source = preparer.prepare(zip.toString(), true);

    assertThat(source.kind().id()).isEqualTo("archive");
    assertThat(source.root().resolve("app/pom.xml")).exists();
    SourcePreparer.release(source);
  }

  @Test
  void somethingElseIsAClearError() {
    assertThatThrownBy(() -> preparer.prepare(tmp.resolve("nope").toString(), false))
        .isInstanceOf(SourceException.class).hasMessageContaining("no such folder or file");
  }

  @Test
  void credentialsInARemoteUrlNeverReachAReport() {
    assertThat(GitInfo.stripCredentials("https://user:s3cret@git.example.org/a.git"))
        .isEqualTo("https://git.example.org/a.git");
  }
}

package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A git URL names what to scan: {@code URL#tag}, {@code URL#commit}, {@code --ref}; against a repository made here. */
class GitRefTest {

  @TempDir
  Path tmp;

  private final SourcePreparer preparer = new SourcePreparer(ArchiveExtractor.withDefaultBounds());
  private String url;
  private String first;
  private String second;
  private String third;

  @BeforeEach
  void repository() throws Exception {
    Path upstream = tmp.resolve("upstream");
    try (Git git = Git.init().setDirectory(upstream.toFile()).setInitialBranch("main").call()) {
      first = commit(git, upstream, "1.0.0");
      git.tag().setName("v1.0.0").setAnnotated(true).setMessage("release").call();
      second = commit(git, upstream, "1.1.0");
      git.branchCreate().setName("release-1.1").call();
      third = commit(git, upstream, "2.0.0-SNAPSHOT");
    }
    url = upstream.toUri().toString().replace("file:/", "file:///").replace("file:////", "file:///");
  }

  private static String commit(Git git, Path dir, String version) throws Exception {
    Files.writeString(dir.resolve("VERSION"), version);
    git.add().addFilepattern("VERSION").call();
    return git.commit().setMessage(version).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
        .setSign(false).call().name();
  }

  private void scanned(ScanSource source, String version, String commit) throws Exception {
    try {
      assertThat(source.root().resolve("VERSION")).hasContent(version);
      assertThat(GitInfo.read(source.root())).get().extracting(GitInfo::commit).isEqualTo(commit);
    } finally {
      SourcePreparer.release(source);
    }
    assertThat(source.root()).doesNotExist();
  }

  @Test
  void withoutARefTheDefaultBranch() throws Exception {
    scanned(preparer.prepare(url, true), "2.0.0-SNAPSHOT", third);
  }

  @Test
  void aTagAfterTheHashIsScannedAtTheCommitItPointsToAndRecorded() throws Exception {
    ScanSource source = preparer.prepare(url + "#v1.0.0", true);
    assertThat(source.source()).isEqualTo(url + "#v1.0.0");
    scanned(source, "1.0.0", first);
  }

  @Test
  void aBranchWithDashRef() throws Exception {
    scanned(preparer.prepare(url, "release-1.1", true), "1.1.0", second);
  }

  @Test
  void aCommitIdFullOrAbbreviated() throws Exception {
    scanned(preparer.prepare(url + "#" + second, true), "1.1.0", second);
    scanned(preparer.prepare(url, first.substring(0, 10), true), "1.0.0", first);
  }

  @Test
  void aRefTheRepositoryDoesNotHaveIsRefusedNotReplacedByTheDefaultBranch() throws Exception {
    try (var before = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      long temps = before.filter(p -> p.getFileName().toString().startsWith("autonomy-git-")).count();
      assertThatThrownBy(() -> preparer.prepare(url + "#v9.9.9", true))
          .isInstanceOf(SourceException.class).hasMessageContaining("v9.9.9");
      assertThatThrownBy(() -> preparer.prepare(url + "#" + "deadbeefdeadbeef", true))
          .isInstanceOf(SourceException.class).hasMessageContaining("no such commit");
      try (var after = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
        assertThat(after.filter(p -> p.getFileName().toString().startsWith("autonomy-git-")).count())
            .as("a failed clone leaves no temporary folder").isEqualTo(temps);
      }
    }
  }

  @Test
  void twoDifferentRefsOrARefForAFolderAreUsageErrors() {
    assertThatThrownBy(() -> preparer.prepare(url + "#v1.0.0", "main", true))
        .isInstanceOf(SourceException.class).hasMessageContaining("two refs");
    assertThatThrownBy(() -> preparer.prepare(tmp.toString(), "main", true))
        .isInstanceOf(SourceException.class).hasMessageContaining("not a git URL");
  }
}

package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git facts of a scanned folder, read with JGit (no git binary, nothing executed).
 *
 * @param remote the {@code origin} URL with any credentials removed, or null
 * @param commit the HEAD commit id, or null in a repository without commits
 * @param branch the current branch, or null when detached
 */
public record GitInfo(String remote, String commit, String branch) {

  /** Reads the repository containing {@code folder}, if any; never fails a scan. */
  public static Optional<GitInfo> read(Path folder) {
    if (!GitDirGuard.safe(folder)) {
      return Optional.empty();
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = builder.build()) {
      ObjectId head = repo.resolve("HEAD");
      String branch = repo.getFullBranch();
      branch = branch != null && branch.startsWith("refs/heads/") ? branch.substring("refs/heads/".length()) : null;
      String remote = repo.getConfig().getString("remote", "origin", "url");
      return Optional.of(new GitInfo(stripCredentials(remote), head == null ? null : head.name(), branch));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A remote URL may carry a token ({@code https://user:token@host/...}); it never goes into a report. */
  static String stripCredentials(String url) {
    return nl.autonomy.core.text.Urls.redact(url);
  }
}

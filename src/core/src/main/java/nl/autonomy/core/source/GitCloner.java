package nl.autonomy.core.source;

import java.nio.file.Path;
import nl.autonomy.core.NetworkTimeouts;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Clones a git URL with JGit (no git binary, no hooks run) into a folder for scanning: a shallow
 * clone of the default branch, since only the current tree is scanned.
 */
public final class GitCloner {

  private static final Pattern GIT_URL = Pattern.compile(
      "^(?:(?:https?|ssh|git|file)://.+|[\\w.-]+@[\\w.-]+:.+)$", Pattern.CASE_INSENSITIVE);

  private GitCloner() {
  }

  /** Whether the input names a remote repository rather than a local path. */
  public static boolean isGitUrl(String input) {
    return GIT_URL.matcher(input).matches();
  }

  public static void cloneInto(String url, Path target) throws SourceException {
    try (Git git = Git.cloneRepository()
        .setURI(url)
        .setDirectory(target.toFile())
        .setDepth(1)
        .setCloneSubmodules(false)
        // JGit's timeout (seconds) bounds connecting and every read: a server that accepts and
        // never answers fails the clone instead of hanging the scan
        .setTimeout((int) NetworkTimeouts.read().toSeconds())
        .call()) {
      // the clone is complete when call() returns; nothing else to do with the handle
    } catch (GitAPIException | RuntimeException e) {
      throw new SourceException("cannot clone " + GitInfo.stripCredentials(url) + ": "
          + nl.autonomy.core.text.Urls.redact(e.getMessage()), e);
    }
  }
}

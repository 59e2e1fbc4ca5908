package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.file.Path;
import nl.autonomy.core.NetworkTimeouts;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Clones a git URL with JGit (no git binary, no hooks run) into a folder for scanning. Without a
 * ref: a shallow clone of the default branch. With a branch or tag: a shallow clone of that ref,
 * refused when the repository has no such ref (never silently the default branch instead). With a
 * commit id: a full clone checked out at that commit, since a server need not serve a lone commit.
 */
public final class GitCloner {

  private static final Pattern GIT_URL = Pattern.compile(
      "^(?:(?:https?|ssh|git|file)://.+|[\\w.-]+@[\\w.-]+:.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}");

  private GitCloner() {
  }

  /** Whether the input names a remote repository rather than a local path. */
  public static boolean isGitUrl(String input) {
    return GIT_URL.matcher(input).matches();
  }

  /** Whether a ref is written as a (possibly abbreviated) commit id. */
  static boolean isCommitId(String ref) {
    return COMMIT.matcher(ref).matches();
  }

  public static void cloneInto(String url, Path target) throws SourceException {
    cloneInto(url, null, target);
  }

  /** Clones {@code url} at {@code ref} (a branch, tag or commit id; null for the default branch). */
  public static void cloneInto(String url, String ref, Path target) throws SourceException {
    String shown = GitInfo.stripCredentials(url);
    boolean commit = ref != null && isCommitId(ref);
    var clone = Git.cloneRepository()
        .setURI(url)
        .setDirectory(target.toFile())
        .setCloneSubmodules(false)
        // JGit's timeout (seconds) bounds connecting and every read: a server that accepts and
        // never answers fails the clone instead of hanging the scan
        .setTimeout((int) NetworkTimeouts.read().toSeconds());
    if (!commit) {
      clone.setDepth(1);
    }
    if (ref != null && !commit) {
      clone.setBranch(ref);
    }
    try (Git git = clone.call()) {
      if (commit) {
        checkoutCommit(git, ref, shown);
      } else if (ref != null) {
        checkRefCheckedOut(git.getRepository(), ref, shown);
      }
    } catch (GitAPIException | IOException | RuntimeException e) {
      throw new SourceException("cannot clone " + shown + (ref == null ? "" : " at " + ref) + ": "
          + nl.autonomy.core.text.Urls.redact(e.getMessage()), e);
    }
  }

  private static void checkoutCommit(Git git, String ref, String shown) throws GitAPIException, IOException, SourceException {
    ObjectId id = git.getRepository().resolve(ref + "^{commit}");
    if (id == null) {
      throw new SourceException("cannot scan " + shown + " at " + ref + ": the repository has no such commit");
    }
    git.checkout().setName(id.name()).call();
  }

  /** JGit falls back to the default branch when the named ref does not exist; that is refused here. */
  private static void checkRefCheckedOut(Repository repo, String ref, String shown) throws IOException, SourceException {
    ObjectId head = repo.resolve(Constants.HEAD);
    for (String candidate : new String[] {ref, Constants.R_TAGS + ref, Constants.R_HEADS + ref,
        Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + ref}) {
      Ref found = repo.exactRef(candidate);
      if (found != null) {
        Ref peeled = repo.getRefDatabase().peel(found);
        ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
        if (target != null && target.equals(head)) {
          return;
        }
      }
    }
    throw new SourceException("cannot scan " + shown + " at " + ref + ": the repository has no branch or tag " + ref);
  }
}

package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.NetworkTimeouts;
import nl.autonomy.core.model.SharedSource;
import nl.autonomy.core.text.Urls;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Catalogs and policies shared between cities in a git repository:
 * {@code git+https://host/org/repo.git#REF:path/file.yaml} (also {@code git+file://}). The
 * repository is fetched with JGit (no git binary, no hooks, nothing executed) into a bare
 * repository under the cache folder, the file is read from the commit REF names, and that commit
 * pins it: reports record the commit and the file's SHA-256. Offline, nothing is fetched: the
 * commit the last online run resolved REF to is used (a commit id REF needs no lookup), and a file
 * never fetched fails with a message saying so. Concurrent runs on one cache are safe: files are
 * written under their commit and moved into place atomically.
 */
public final class SharedFiles {

  private static final Pattern SPEC = Pattern.compile("^git\\+((?:https?|file|ssh)://[^#]+)#([^:]+):(.+)$");
  private static final Pattern FULL_COMMIT = Pattern.compile("[0-9a-f]{40}");
  /** A catalog or policy is text of a few hundred kilobytes; a larger blob is refused. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Path cacheDir;
  private final boolean offline;

  /**
   * @param cacheDir the cache folder ({@code --cache-dir}, {@code $XDG_CACHE_HOME/autonomy}); git
   *     sources go to its {@code git/} folder
   * @param offline fetch nothing: use what an earlier run left in the cache
   */
  public SharedFiles(Path cacheDir, boolean offline) {
    this.cacheDir = cacheDir.resolve("git");
    this.offline = offline;
  }

  /** Whether an option's value names a git source rather than a file or shipped id. */
  public static boolean isGitSpec(String value) {
    return value != null && value.startsWith("git+");
  }

  /**
   * The catalog files and policy of a scan with every {@code git+} value fetched: what the scan
   * reads, and what its reports record.
   */
  public record Resolved(java.util.List<Path> catalogFiles, String policy, java.util.List<SharedSource> sources) {
  }

  /** Fetches the git sources among the {@code --catalog} values and the {@code --policy} value. */
  public Resolved resolve(java.util.List<String> catalogs, String policy) throws SourceException {
    java.util.List<Path> files = new java.util.ArrayList<>();
    java.util.List<SharedSource> sources = new java.util.ArrayList<>();
    for (String c : catalogs) {
      if (isGitSpec(c)) {
        Fetched f = fetch("catalog", c);
        files.add(f.file());
        sources.add(f.source());
      } else {
        files.add(Path.of(c));
      }
    }
    String effectivePolicy = policy;
    if (isGitSpec(policy)) {
      Fetched f = fetch("policy", policy);
      effectivePolicy = f.file().toString();
      sources.add(f.source());
    }
    return new Resolved(files, effectivePolicy, sources);
  }

  /** A file fetched from git: where it lies in the cache, and what reports record. */
  public record Fetched(Path file, SharedSource source) {
  }

  /**
   * The file a git spec names, from the cache, fetched first unless offline.
   *
   * @param kind {@code catalog} or {@code policy}, for the record and the messages
   * @throws SourceException with the spec (credentials removed) and what went wrong
   */
  public Fetched fetch(String kind, String spec) throws SourceException {
    String shown = Urls.redact(spec);
    Matcher m = SPEC.matcher(spec.trim());
    if (!m.matches()) {
      throw new SourceException(kind + " " + shown + ": a git source is written git+https://host/org/repo.git#REF:path/file.yaml"
          + " (or git+file:///path/repo#REF:path/file.yaml)");
    }
    String url = m.group(1);
    String ref = m.group(2);
    String path = m.group(3).replaceFirst("^/+", "");
    String key = sha256Hex(url.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    Path bare = cacheDir.resolve("repos").resolve(key + ".git");
    Path pin = cacheDir.resolve("pins").resolve(key).resolve(sha256Hex(ref.getBytes(StandardCharsets.UTF_8)).substring(0, 24));
    try {
      Files.createDirectories(bare.getParent());
      Files.createDirectories(pin.getParent());
      try (Repository repo = open(bare)) {
        ObjectId commit = offline ? cached(repo, ref, pin, shown, kind) : fetched(repo, url, ref, pin, shown, kind);
        byte[] bytes = read(repo, commit, path, shown, kind);
        String digest = "sha256:" + sha256Hex(bytes);
        String name = Path.of(path).getFileName().toString();
        Path file = cacheDir.resolve("files").resolve(commit.name())
            .resolve(sha256Hex(path.getBytes(StandardCharsets.UTF_8)).substring(0, 16)).resolve(name);
        if (!Files.isRegularFile(file)) {
          Files.createDirectories(file.getParent());
          Path tmp = Files.createTempFile(file.getParent(), ".part-", ".tmp");
          Files.write(tmp, bytes);
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Fetched(file, new SharedSource(kind, shown, ref, commit.name(), path, digest));
      }
    } catch (IOException e) {
      throw new SourceException(kind + " " + shown + ": " + Urls.redact(e.getMessage()), e);
    }
  }

  private static Repository open(Path bare) throws IOException {
    Repository repo = new FileRepositoryBuilder().setGitDir(bare.toFile()).setBare().build();
    if (!repo.getObjectDatabase().exists()) {
      repo.create(true);
    }
    return repo;
  }

  /** Offline: REF's commit as the last online run pinned it, or a commit id already in the cache. */
  private static ObjectId cached(Repository repo, String ref, Path pin, String shown, String kind)
      throws IOException, SourceException {
    String id = FULL_COMMIT.matcher(ref).matches() ? ref
        : Files.isRegularFile(pin) ? Files.readString(pin, StandardCharsets.UTF_8).trim() : null;
    if (id == null || !repo.getObjectDatabase().has(ObjectId.fromString(id))) {
      throw new SourceException(kind + " " + shown + ": not in the cache, and --offline fetches nothing; run once"
          + " without --offline (or with the same --cache-dir as the run that fetched it)");
    }
    return ObjectId.fromString(id);
  }

  private static ObjectId fetched(Repository repo, String url, String ref, Path pin, String shown, String kind)
      throws IOException, SourceException {
    ObjectId commit;
    if (FULL_COMMIT.matcher(ref).matches() && repo.getObjectDatabase().has(ObjectId.fromString(ref))) {
      commit = ObjectId.fromString(ref); // pinned and present: nothing to fetch
    } else {
      try (Git git = new Git(repo)) {
        git.fetch().setRemote(url).setTimeout((int) NetworkTimeouts.read().toSeconds())
            .setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/shared/heads/*"),
                new RefSpec("+refs/tags/*:refs/remotes/shared/tags/*"))
            .setTagOpt(org.eclipse.jgit.transport.TagOpt.NO_TAGS)
            .call();
      } catch (GitAPIException | RuntimeException e) {
        throw new SourceException(kind + " " + shown + ": cannot fetch " + Urls.redact(url) + ": "
            + Urls.redact(e.getMessage()), e);
      }
      commit = resolve(repo, ref);
      if (commit == null) {
        throw new SourceException(kind + " " + shown + ": the repository has no branch, tag or commit '" + ref + "'");
      }
    }
    Path tmp = Files.createTempFile(pin.getParent(), ".pin-", ".tmp");
    Files.writeString(tmp, commit.name() + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, pin, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return commit;
  }

  private static ObjectId resolve(Repository repo, String ref) throws IOException {
    for (String candidate : new String[] {"refs/remotes/shared/heads/" + ref, "refs/remotes/shared/tags/" + ref}) {
      ObjectId id = repo.resolve(candidate + "^{commit}");
      if (id != null) {
        return id;
      }
    }
    if (ref.matches("[0-9a-fA-F]{7,40}")) {
      try {
        return repo.resolve(ref + "^{commit}");
      } catch (org.eclipse.jgit.errors.AmbiguousObjectException e) {
        return null;
      }
    }
    return null;
  }

  private static byte[] read(Repository repo, ObjectId commitId, String path, String shown, String kind)
      throws IOException, SourceException {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(commitId);
      try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
        if (tree == null || (tree.getRawMode(0) & 0170000) != 0100000) {
          throw new SourceException(kind + " " + shown + ": commit " + commitId.name() + " has no file " + path);
        }
        ObjectLoader loader = repo.open(tree.getObjectId(0), Constants.OBJ_BLOB);
        if (loader.getSize() > MAX_BYTES) {
          throw new SourceException(kind + " " + shown + ": " + path + " is larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        return loader.getBytes();
      }
    }
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

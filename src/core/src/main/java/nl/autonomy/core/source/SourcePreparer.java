package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns what the user named — a folder, a git URL or a delivered archive — into a folder to scan.
 * A git URL is the one input that needs the network, so it is refused offline unless it is a
 * local {@code file://} repository.
 */
public final class SourcePreparer {

  private final ArchiveExtractor extractor;

  public SourcePreparer(ArchiveExtractor extractor) {
    this.extractor = extractor;
  }

  public ScanSource prepare(String input, boolean offline) throws SourceException {
    return prepare(input, null, offline);
  }

  /**
   * Prepares {@code input}; for a git URL, at {@code ref} (a branch, tag or commit id), which may
   * also be written {@code URL#REF}. The recorded source names the ref; the provenance records the
   * commit the scanned tree is at.
   */
  public ScanSource prepare(String input, String ref, boolean offline) throws SourceException {
    if (GitCloner.isGitUrl(input)) {
      GitSource git = GitSource.parse(input, ref);
      if (offline && !git.url().startsWith("file://")) {
        throw new SourceException("cannot clone " + GitInfo.stripCredentials(git.url())
            + " with --offline: clone it yourself and scan the folder, or drop --offline");
      }
      Path dir = tempDir("autonomy-git-");
      try {
        GitCloner.cloneInto(git.url(), git.ref(), dir);
      } catch (SourceException | RuntimeException e) {
        delete(dir);
        throw e;
      }
      return new ScanSource(dir, git.shown(), "git", true);
    }
    if (ref != null) {
      throw new SourceException("--ref " + ref + " names a git ref, but " + input + " is not a git URL");
    }
    Path path = Path.of(input).toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      return new ScanSource(path, input, "folder", false);
    }
    if (Files.isRegularFile(path) && ArchiveExtractor.isArchive(path)) {
      Path dir = tempDir("autonomy-archive-");
      try {
        extractor.extract(path, dir);
      } catch (SourceException | RuntimeException e) {
        delete(dir); // a refused or broken archive leaves nothing behind
        throw e;
      }
      return new ScanSource(dir, input, "archive", true);
    }
    if (Files.exists(path)) {
      throw new SourceException("cannot scan " + input + ": not a folder, a git URL or a ZIP/JAR/WAR/EAR/tar/tar.gz archive");
    }
    throw new SourceException("cannot scan " + input + ": no such folder or file");
  }

  /** Deletes a temporary source folder; a folder the user named is never touched. */
  public static void release(ScanSource source) {
    if (!source.temporary()) {
      return;
    }
    delete(source.root());
  }

  private static void delete(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp folder is harmless and must not turn a finished scan into a failure
    }
  }

  private static Path tempDir(String prefix) throws SourceException {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new SourceException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }
}

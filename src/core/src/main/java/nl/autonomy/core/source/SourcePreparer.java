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
    if (GitCloner.isGitUrl(input)) {
      if (offline && !input.startsWith("file://")) {
        throw new SourceException("cannot clone " + GitInfo.stripCredentials(input)
            + " with --offline: clone it yourself and scan the folder, or drop --offline");
      }
      Path dir = tempDir("autonomy-git-");
      GitCloner.cloneInto(input, dir);
      return new ScanSource(dir, GitInfo.stripCredentials(input), "git", true);
    }
    Path path = Path.of(input).toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      return new ScanSource(path, input, "folder", false);
    }
    if (Files.isRegularFile(path) && ArchiveExtractor.isArchive(path)) {
      Path dir = tempDir("autonomy-archive-");
      extractor.extract(path, dir);
      return new ScanSource(dir, input, "archive", true, sha256(path));
    }
    if (Files.exists(path)) {
      throw new SourceException("cannot scan " + input + ": not a folder, a git URL or a ZIP/JAR/WAR/EAR archive");
    }
    throw new SourceException("cannot scan " + input + ": no such folder or file");
  }

  /** Deletes a temporary source folder; a folder the user named is never touched. */
  public static void release(ScanSource source) {
    if (!source.temporary()) {
      return;
    }
    try (var paths = Files.walk(source.root())) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp folder is harmless and must not turn a finished scan into a failure
    }
  }

  private static String sha256(Path file) throws SourceException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new SourceException("cannot read " + file + ": " + nl.autonomy.core.text.IoReasons.of(e), e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
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

package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.text.Urls;

/**
 * Turns what the user named — a folder, a git URL, a delivered archive or a supplier's SBOM — into
 * a folder to scan.
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
      if (offline && !git.url().regionMatches(true, 0, "file://", 0, 7)) {
        throw new SourceException("cannot clone " + GitInfo.stripCredentials(git.url())
            + " with --offline: clone it yourself and scan the folder, or drop --offline");
      }
      Path dir = tempDir("git");
      try {
        GitCloner.cloneInto(git.url(), git.ref(), dir);
      } catch (SourceException | RuntimeException e) {
        delete(dir);
        throw e;
      }
      return new ScanSource(dir, git.shown(), SourceKind.GIT, true);
    }
    if (ref != null) {
      throw new SourceException("--ref " + ref + " names a git ref, but " + Urls.redact(input) + " is not a git URL");
    }
    Path path = Path.of(input).toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      return new ScanSource(path, input, SourceKind.FOLDER, false);
    }
    if (Files.isRegularFile(path) && ArchiveExtractor.isArchive(path)) {
      Path dir = tempDir("archive");
      try {
        extractor.extract(path, dir);
        return new ScanSource(dir, input, SourceKind.ARCHIVE, true, sha256(path));
      } catch (SourceException | RuntimeException e) {
        // a refused or unreadable archive (zip slip, bomb, bad CRC) leaves nothing behind
        delete(dir);
        throw e;
      }
    }
    if (Files.isRegularFile(path) && SbomFiles.sniff(path).isPresent()) {
      // a supplier's SBOM on its own: a folder holding just that file, so the same detector reads it
      // as it reads an SBOM found inside a delivery
      Path dir = tempDir("sbom");
      try {
        Files.copy(path, dir.resolve(path.getFileName().toString()));
        return new ScanSource(dir, input, SourceKind.SBOM, true, sha256(path));
      } catch (IOException | RuntimeException e) {
        delete(dir);
        throw new SourceException("cannot read " + Urls.redact(input) + ": " + nl.autonomy.core.text.IoReasons.of(
            e instanceof IOException io ? io : new IOException(e)), e);
      }
    }
    if (Files.exists(path)) {
      throw new SourceException("cannot scan " + Urls.redact(input)
          + ": not a folder, a git URL, a ZIP/JAR/WAR/EAR/tar/tar.gz archive or an SBOM"
          + " (CycloneDX JSON/XML, SPDX JSON, tag-value or JSON-LD)");
    }
    throw new SourceException("cannot scan " + Urls.redact(input) + ": no such folder or file");
  }

  /** Deletes a temporary source folder; a folder the user named is never touched. */
  public static void release(ScanSource source) {
    if (source.temporary()) {
      delete(source.root());
    }
  }

  static void delete(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // a leftover temp folder must not turn a finished scan into a failure; the next run removes it
    }
  }

  /** The prefix of this process's temporary folders: {@code autonomy-archive-PID-}. */
  static String prefix(String kind) {
    return "autonomy-" + kind + "-" + ProcessHandle.current().pid() + "-";
  }

  /**
   * Removes what runs that were killed (their process is gone) left in the temporary folder; a
   * kill -9 runs no cleanup of its own.
   */
  static void cleanStale(Path tempRoot) {
    java.util.regex.Pattern ours = java.util.regex.Pattern.compile("autonomy-(?:archive|git|sbom)-(\\d{1,19})-\\d+");
    try (var entries = Files.list(tempRoot)) {
      for (Path p : entries.toList()) {
        java.util.regex.Matcher m = ours.matcher(p.getFileName().toString());
        if (m.matches() && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          long pid = Long.parseLong(m.group(1));
          if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            delete(p);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // best effort: an unreadable temporary folder is not this scan's problem
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

  private static Path tempDir(String kind) throws SourceException {
    try {
      cleanStale(Path.of(System.getProperty("java.io.tmpdir")));
      return Files.createTempDirectory(prefix(kind));
    } catch (IOException e) {
      throw new SourceException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }
}

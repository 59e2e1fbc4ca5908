package nl.autonomy.core.detect.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Reads scanned files defensively: never more than a size bound (a file may have grown since the
 * walk), never through a symbolic link, and include paths named inside a file
 * ({@code -r other.txt}) only when they stay inside the scanned root.
 */
public final class SafeFiles {

  private SafeFiles() {
  }

  /** Opens a file for streaming after checking it is a regular file within the bound. */
  public static InputStream open(WorkspaceFile file, long maxBytes) throws IOException {
    check(file.absolute(), maxBytes);
    return Files.newInputStream(file.absolute(), LinkOption.NOFOLLOW_LINKS);
  }

  /** The whole file as UTF-8 text (a BOM is dropped), refused when larger than the bound. */
  public static String readString(Path file, long maxBytes) throws IOException {
    check(file, maxBytes);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      throw new LockfileSizeException(file.getFileName() + " is larger than " + maxBytes + " bytes");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  public static String readString(WorkspaceFile file, long maxBytes) throws IOException {
    return readString(file.absolute(), maxBytes);
  }

  /**
   * Resolves {@code reference} against the folder of {@code from} (both relative to the root, with
   * {@code /}); {@code ""} names the root itself; empty when the result would leave the root.
   */
  public static Optional<String> resolveInside(String from, String reference) {
    String ref = reference.replace('\\', '/');
    if (ref.startsWith("/") || ref.matches("^[A-Za-z]:/.*")) {
      return Optional.empty();
    }
    int slash = from.lastIndexOf('/');
    Path base = Path.of(slash < 0 ? "." : from.substring(0, slash));
    Path resolved = base.resolve(ref).normalize();
    String s = resolved.toString().replace('\\', '/');
    if (s.equals("..") || s.startsWith("../")) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static void check(Path file, long maxBytes) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(file.getFileName() + " is not a regular file");
    }
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new LockfileSizeException(file.getFileName() + " is " + size + " bytes, more than the bound of "
          + maxBytes + " bytes (raise --max-file-size to read it)");
    }
  }
}

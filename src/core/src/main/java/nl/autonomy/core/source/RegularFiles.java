package nl.autonomy.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opening a FIFO (named pipe) blocks until someone writes to it, and a device may never end: a
 * hostile repository or a mistaken option would hang the scan forever. Every file Autonomy opens
 * on a path it did not create is checked here first: only regular files are read.
 */
public final class RegularFiles {

  private RegularFiles() {
  }

  /** Whether {@code path} exists and is a regular file (after following a symbolic link). */
  public static boolean isReadable(Path path) {
    return path != null && Files.isRegularFile(path);
  }

  /** Whether something that is not a regular file or a folder (FIFO, socket, device) is there. */
  public static boolean isSpecial(Path path) {
    if (path == null) {
      return false;
    }
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return a.isOther();
    } catch (IOException e) {
      return false;
    }
  }

  /** Same as {@link #isSpecial} but without following a symbolic link at the end. */
  static boolean isSpecialNoFollow(Path path) {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isOther() || (a.isSymbolicLink() && isSpecial(path));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Checks that {@code path} is a regular file before it is opened.
   *
   * @param what what the file was meant to be, for the message ("the baseline")
   * @throws IOException saying what it is instead
   */
  public static void require(Path path, String what) throws IOException {
    if (Files.isRegularFile(path)) {
      return;
    }
    if (!Files.exists(path)) {
      throw new java.nio.file.NoSuchFileException(path.toString(), null, what + " does not exist");
    }
    throw new IOException(path + " is not a regular file (" + kind(path) + "); " + what + " was not read");
  }

  /** "a folder", "a FIFO, socket or device". */
  public static String kind(Path path) {
    return Files.isDirectory(path) ? "a folder" : "a FIFO, socket or device";
  }
}

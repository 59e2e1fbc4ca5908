package nl.autonomy.core.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The reason an I/O operation failed, in words. Java's file exceptions often carry only the path as
 * their message ({@code AccessDeniedException: /out}), which gave errors like "cannot write the
 * reports to /out: /out"; this names what went wrong, and which file when it differs.
 */
public final class IoReasons {

  private IoReasons() {
  }

  public static String of(IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "no such file or folder";
    } else if (e instanceof FileAlreadyExistsException) {
      reason = "already exists";
    } else if (e instanceof DirectoryNotEmptyException) {
      reason = "folder not empty";
    } else if (e instanceof NotDirectoryException) {
      reason = "not a folder";
    } else if (e instanceof FileSystemException f) {
      reason = f.getReason() != null ? f.getReason() : "file system error";
    } else {
      reason = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      reason = reason + " (" + f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ")";
    }
    return Printable.of(reason);
  }
}

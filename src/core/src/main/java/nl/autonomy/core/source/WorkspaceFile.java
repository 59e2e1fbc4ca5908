package nl.autonomy.core.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A regular file inside the scanned root, as the walk found it.
 *
 * @param path path relative to the root, with {@code /} separators
 * @param absolute where to read it
 * @param size size in bytes when walked
 */
public record WorkspaceFile(String path, Path absolute, long size) implements Comparable<WorkspaceFile> {

  public WorkspaceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(absolute, "absolute");
  }

  /** The last path segment. */
  public String fileName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** Lower-case extension without the dot, or empty. */
  public String extension() {
    String name = fileName();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The folder part of {@link #path()}, empty at the root. */
  public String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  @Override
  public int compareTo(WorkspaceFile o) {
    return path.compareTo(o.path);
  }
}

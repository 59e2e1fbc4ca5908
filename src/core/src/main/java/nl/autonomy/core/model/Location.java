package nl.autonomy.core.model;

import java.util.Objects;

/**
 * A place in the scanned tree: a path relative to the scanned root (always with {@code /}), and a
 * 1-based line and column where known ({@code 0} = unknown).
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

  public Location {
    Objects.requireNonNull(file, "file");
    if (file.indexOf('\\') >= 0) {
      file = file.replace('\\', '/');
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  public static Location of(String file) {
    return new Location(file, 0, 0);
  }

  public static Location of(String file, int line) {
    return new Location(file, line, 0);
  }

  @Override
  public int compareTo(Location o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  /** {@code file:line:column} as far as known, the form editors and people read. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}

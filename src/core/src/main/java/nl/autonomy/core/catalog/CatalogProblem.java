package nl.autonomy.core.catalog;

import java.util.Objects;

/**
 * One thing wrong in a catalog file, where it is and what is wrong.
 *
 * @param file the file as the user named it (or the shipped resource name)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong and what to do
 */
public record CatalogProblem(String file, int line, int column, String message)
    implements Comparable<CatalogProblem> {

  public CatalogProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(CatalogProblem o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Integer.compare(line, o.line);
    }
    if (c == 0) {
      c = Integer.compare(column, o.column);
    }
    return c != 0 ? c : message.compareTo(o.message);
  }

  /** {@code file:line:column: message}, the form editors jump to. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}

package nl.autonomy.core.detect.support;

import java.io.IOException;
import java.util.List;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * A text file held as lines, for the line-oriented formats (go.mod, Gemfile.lock, gradle.lockfile,
 * Dockerfiles, build scripts) and for finding the line of an entry in a structured file.
 */
public final class SourceText {

  private final String path;
  private final String content;
  private final List<String> lines;
  private final int[] lineStarts;

  private SourceText(String path, String content) {
    this.path = path;
    this.content = content;
    this.lines = content.lines().toList();
    int[] starts = new int[lines.size() + 1];
    int n = 1;
    for (int i = 0; i < content.length() && n < starts.length; i++) {
      if (content.charAt(i) == '\n') {
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = java.util.Arrays.copyOf(starts, n);
  }

  /** @param content the whole text; a leading byte-order mark is dropped */
  public static SourceText of(String path, String content) {
    return new SourceText(path, content.startsWith("\uFEFF") ? content.substring(1) : content);
  }

  /** The path relative to the scanned root. */
  public String path() {
    return path;
  }

  public String content() {
    return content;
  }

  /** The lines, without terminators. */
  public List<String> lines() {
    return lines;
  }

  /** Reads a walked file through {@link SafeFiles} (bounded, no symbolic links). */
  public static SourceText read(WorkspaceFile file, long maxBytes) throws IOException {
    return of(file.path(), SafeFiles.readString(file, maxBytes));
  }

  /** The 1-based line of {@code index} (a character offset into {@link #content()}). */
  public int lineAt(int index) {
    int found = java.util.Arrays.binarySearch(lineStarts, index);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The text of a 1-based line, or empty when out of range. */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }
}

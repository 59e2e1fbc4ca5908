package nl.autonomy.core.detect.support;

import java.util.List;

/**
 * What {@link BoundedTextScanner} made of one file.
 *
 * @param outcome whether the file was read as text
 * @param bytesRead bytes read (at most the size bound)
 * @param lines the lines with matches, in order
 * @param error why the file could not be read, or null
 */
public record FileScan(Outcome outcome, long bytesRead, List<TextLine> lines, String error) {

  /** How the read ended. */
  public enum Outcome {
    /** Read to the end. */
    TEXT,
    /** A NUL byte in the first block: not text, not looked at. */
    BINARY,
    /** Read up to the size bound (or the match bound); the rest was not looked at. */
    TRUNCATED,
    /** An I/O error; see {@link FileScan#error()}. */
    UNREADABLE
  }

  public FileScan {
    lines = List.copyOf(lines);
  }
}

package nl.autonomy.core.detect.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Turns what went wrong while reading a manifest or lockfile into a {@link Problem} that names the
 * file and, where the parser knows it, the line: the scan goes on without that file.
 */
public final class LockfileProblems {

  private LockfileProblems() {
  }

  /** A problem for a file that could not be read or parsed. */
  public static Problem unreadable(String detector, WorkspaceFile file, Exception e) {
    int line = lineOf(e);
    return Problem.error(detector, Location.of(file.path(), line),
        "cannot read " + file.fileName() + ": " + describe(e)
            + "; its dependencies are missing from the result (fix the file or regenerate it)");
  }

  /** A problem about one entry of an otherwise readable file. */
  public static Problem entry(String detector, String file, int line, String message) {
    return Problem.warning(detector, Location.of(file, Math.max(0, line)), message);
  }

  /**
   * An error for a part of a readable file whose shape is wrong: what it held is missing, so the
   * SBOM is incomplete (never a silent loss).
   */
  public static Problem shape(String detector, String file, ShapeNote note) {
    return Problem.error(detector, Location.of(file, Math.max(0, note.line())),
        note.message() + "; what it holds is missing from the result (fix the file or regenerate it)");
  }

  static int lineOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LockfileSyntaxException s) {
        return s.line();
      }
      if (t instanceof JsonProcessingException j) {
        JsonLocation loc = j.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
          return loc.getLineNr();
        }
      }
    }
    return 0;
  }

  /** One line, bounded: parser messages (YAML's especially) span lines and quote the input. */
  private static String describe(Exception e) {
    String raw = String.valueOf(rawDescription(e)).replaceAll("\\s+", " ").strip();
    return raw.length() > 300 ? raw.substring(0, 299) + "…" : raw;
  }

  private static String rawDescription(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof JsonProcessingException j) {
      return j.getOriginalMessage();
    }
    if (t instanceof IOException && !(t instanceof LockfileSizeException) && !(t instanceof EmptyFileException)) {
      return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
    return t.getMessage();
  }
}

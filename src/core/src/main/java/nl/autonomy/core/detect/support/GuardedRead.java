package nl.autonomy.core.detect.support;

import java.io.IOException;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Runs the reader of one file (a streaming one, unlike {@link FileByFile}, which reads the text
 * first) so that whatever goes wrong with that file becomes a problem naming it and its line, and
 * the detector goes on with the next file.
 */
public final class GuardedRead {

  /** Reads one file into a detection. */
  @FunctionalInterface
  public interface Reader {
    Detection read() throws IOException, LockfileSyntaxException;
  }

  private GuardedRead() {
  }

  /**
   * Bad input shows up as I/O, syntax or runtime exceptions (a value of the wrong type deep in a
   * lockfile): all of them mean "this file could not be read", never "the scan failed".
   */
  public static Detection of(String detector, WorkspaceFile file, Reader reader) {
    try {
      return reader.read();
    } catch (IOException | LockfileSyntaxException | RuntimeException e) {
      return Detection.ofProblem(LockfileProblems.unreadable(detector, file, e));
    }
  }
}

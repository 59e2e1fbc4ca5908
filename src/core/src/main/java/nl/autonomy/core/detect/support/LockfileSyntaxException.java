package nl.autonomy.core.detect.support;

/**
 * A file that does not follow its format, thrown by the hand-written line parsers (yarn.lock,
 * requirements.txt) with the 1-based line where it went wrong.
 */
public final class LockfileSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;

  public LockfileSyntaxException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** 1-based line, 0 when unknown. */
  public int line() {
    return line;
  }
}

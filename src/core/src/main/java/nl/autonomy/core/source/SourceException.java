package nl.autonomy.core.source;

/** A scan input that cannot be made ready: a missing folder, a clone that failed, a hostile archive. */
public final class SourceException extends Exception {

  private static final long serialVersionUID = 1L;

  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}

package nl.autonomy.core.detect.support;

import java.io.IOException;

/** A file larger than the scan's size bound, refused before it is read. */
public final class LockfileSizeException extends IOException {

  private static final long serialVersionUID = 1L;

  public LockfileSizeException(String message) {
    super(message);
  }
}

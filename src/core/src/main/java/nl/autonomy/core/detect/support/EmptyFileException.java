package nl.autonomy.core.detect.support;

import java.io.IOException;

/**
 * A file that holds nothing (no token at all, or only whitespace and comments). A whole-file
 * condition: there is no line to name, and saying "must hold an object" would send the reader
 * looking for a wrong value that is not there.
 */
public final class EmptyFileException extends IOException {

  private static final long serialVersionUID = 1L;

  public EmptyFileException() {
    super("the file is empty");
  }
}

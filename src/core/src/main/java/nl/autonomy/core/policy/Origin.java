package nl.autonomy.core.policy;

/**
 * Where something in a policy file was written: file, 1-based line and column (0 = unknown).
 * Kept so that errors found after loading (a waiver naming a rule that a base policy lacks)
 * still point at the line to change.
 */
public record Origin(String file, int line, int column) {

  public static Origin of(String file) {
    return new Origin(file, 0, 0);
  }

  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return file + ":" + line + ":" + column;
  }
}

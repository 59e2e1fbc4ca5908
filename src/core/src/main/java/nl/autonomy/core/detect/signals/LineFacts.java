package nl.autonomy.core.detect.signals;

import java.util.BitSet;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.Scope;

/**
 * What every hit on one line shares, worked out once per line and only when a judgement asks: a
 * host anchor such as {@code .amazonaws.com} belongs to dozens of services, so one line can carry
 * dozens of hits.
 */
public final class LineFacts {

  private final String text;
  private final BitSet commented;
  private final LockInRules rules;
  private final int number;
  private final FileScope scope;
  private final FileText fileText;
  private int emulator = -1;

  LineFacts(String text, int number, BitSet commented, LockInRules rules, FileScope scope, FileText fileText) {
    this.text = text;
    this.number = number;
    this.commented = commented;
    this.rules = rules;
    this.scope = scope;
    this.fileText = fileText;
  }

  /** The file's other lines, read on demand (shared by all lines of the file). */
  public FileText fileText() {
    return fileText;
  }

  /** The scope of evidence on this line (see {@link FileScope}). */
  public Scope scope() {
    Scope s = scope.ofLine(number);
    if (s == Scope.RUNTIME && rules.namesBuildTool(text)) {
      return Scope.BUILD;
    }
    return s;
  }

  /** The scope of the file by its path alone: what a deploy step in a CI file keeps. */
  public Scope pathScope() {
    return scope.ofPath();
  }

  /** Whether the character at {@code index} is commented out. */
  public boolean commented(int index) {
    return commented.get(index);
  }

  /** Whether the line mentions a local emulator (see {@link LockInRules#mentionsEmulator}). */
  public boolean mentionsEmulator() {
    if (emulator < 0) {
      emulator = rules.mentionsEmulator(text) ? 1 : 0;
    }
    return emulator == 1;
  }
}

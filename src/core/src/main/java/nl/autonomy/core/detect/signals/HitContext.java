package nl.autonomy.core.detect.signals;

import nl.autonomy.core.detect.support.TextLine;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * One matcher hit in its context, handed to a {@link SignalFamily} to judge.
 *
 * @param file the file
 * @param line the line with the hit
 * @param hit the hit
 * @param signal the signal found
 * @param facts what all hits on the line share (comments, emulator mentions)
 * @param rules the context rules
 * @param index all signals, for judgements that compare with other services' signals
 */
public record HitContext(
    WorkspaceFile file, TextLine line, TextLine.Hit hit, Signal signal, LineFacts facts, LockInRules rules,
    SignalIndex index) {

  public String text() {
    return line.text();
  }

  /** Whether the hit lies in a comment, so it is not live configuration or code. */
  public boolean isCommented() {
    return facts.commented(hit.start());
  }

  /**
   * The text of the line {@code offset} lines away from the hit's line (negative: before it), or
   * null outside the file. Reads the file again on first use: only for judgements that need it.
   */
  public String lineAt(int offset) {
    return facts.fileText().line(line.number() + offset);
  }

  /** Whether the line mentions a local emulator, so its hosts are not use. */
  public boolean mentionsEmulator() {
    return facts.mentionsEmulator();
  }

  /** Expands from the hit over characters accepted by {@code part}: the token the hit is in. */
  public Token token(java.util.function.IntPredicate part) {
    String t = line.text();
    int from = hit.start();
    int to = hit.end();
    while (from > 0 && part.test(t.charAt(from - 1))) {
      from--;
    }
    while (to < t.length() && part.test(t.charAt(to))) {
      to++;
    }
    return new Token(t.substring(from, to), from, to);
  }

  /** A sighting at {@code column} (0-based index into the line). */
  public ServiceUse use(double confidence, String endpoint, int column) {
    return use(signal.serviceId(), signal.family().detectorId(), confidence, endpoint, column);
  }

  public ServiceUse use(String serviceId, String detector, double confidence, String endpoint, int column) {
    return use(serviceId, detector, confidence, endpoint, column, facts.scope());
  }

  /** A sighting with a scope other than the line's (a deploy step in a CI file keeps the path's). */
  public ServiceUse use(String serviceId, String detector, double confidence, String endpoint, int column,
      nl.autonomy.core.model.Scope scope) {
    Evidence evidence = new Evidence(detector, signal.family().kind(),
        new Location(file.path(), line.number(), column + 1), line.text(), confidence, scope);
    return new ServiceUse(serviceId, evidence, endpoint);
  }

  /**
   * A run of characters around a hit.
   *
   * @param text the characters
   * @param start index of the first in the line
   * @param end index just past the last
   */
  public record Token(String text, int start, int end) {
  }
}

package nl.autonomy.cli;

import java.io.PrintWriter;
import nl.autonomy.core.ProgressListener;

/**
 * Shows what the scan is doing on stderr: one line rewritten in place on a terminal, every step on
 * its own line with {@code --verbose} (with the seconds since the start), nothing otherwise (CI
 * logs stay clean).
 */
final class ConsoleProgress implements ProgressListener {

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean verbose;
  private final long start = System.nanoTime();
  private int lastLength;

  ConsoleProgress(PrintWriter err, boolean terminal, boolean verbose) {
    // the carriage return that rewrites the line is ours; the step's text is made printable
    this.err = ConsoleWriter.raw(err);
    this.terminal = terminal;
    this.verbose = verbose;
  }

  @Override
  public synchronized void step(String raw) {
    String message = nl.autonomy.core.text.Printable.of(nl.autonomy.core.text.Urls.redact(raw));
    if (verbose) {
      // the time since the scan started: the difference between two lines is a stage's time
      err.printf(java.util.Locale.ROOT, "autonomy: [%6.2f s] %s%n", (System.nanoTime() - start) / 1e9, message);
    } else if (terminal) {
      String line = "\r" + message;
      err.print(line + " ".repeat(Math.max(0, lastLength - line.length())));
      lastLength = line.length();
    }
    err.flush();
  }

  /** Clears the progress line before the summary is printed. */
  synchronized void done() {
    if (verbose) {
      step("Done");
    }
    if (terminal && !verbose && lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
    }
  }
}

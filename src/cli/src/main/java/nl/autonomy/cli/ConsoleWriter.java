package nl.autonomy.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import nl.autonomy.core.text.Printable;
import nl.autonomy.core.text.Urls;

/**
 * The console as every command sees it: whatever is printed — a path, a policy's text, an error
 * quoting a scanned file, picocli's own messages echoing an argument — has its control characters
 * shown escaped (see {@link Printable}) and credentials in URLs removed, so no input can move the
 * cursor, clear the screen or retitle the terminal. Line feeds and tabs stay. Autonomy's own
 * control sequences (colours, the progress line's carriage return) go through {@link #raw()}, and
 * only after the input-derived values in them were made printable.
 */
final class ConsoleWriter extends PrintWriter {

  private final PrintWriter raw;

  ConsoleWriter(Writer target) {
    super(new Escaping(target), true);
    this.raw = new PrintWriter(target, true);
  }

  /** The same console without escaping, for text whose every input-derived part is already printable. */
  PrintWriter raw() {
    flush();
    return raw;
  }

  /** The unescaped writer behind {@code w} when it is a console, else {@code w} itself. */
  static PrintWriter raw(PrintWriter w) {
    return w instanceof ConsoleWriter c ? c.raw() : w;
  }

  /** Escapes what passes through it; PrintWriter's own methods all end here. */
  private static final class Escaping extends FilterWriter {

    Escaping(Writer target) {
      super(target);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      out.write(clean(s.substring(off, off + len)));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(clean(new String(buf, off, len)));
    }

    @Override
    public void write(int c) throws IOException {
      out.write(clean(String.valueOf((char) c)));
    }
  }

  static String clean(String s) {
    return Printable.lines(Urls.redact(s));
  }
}

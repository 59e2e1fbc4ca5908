package nl.autonomy.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maven Resolver and JGit log through SLF4J, which writes straight to {@code System.err}: raw
 * {@code [WARN]} lines in the middle of Autonomy's own output, quoting POMs and URLs unescaped.
 * What they warn about that matters reaches the user as a problem with file and line; their log is
 * therefore silent unless {@code --verbose} asks for it, and even then it passes a filter that
 * escapes control characters, so it cannot drive the terminal either.
 */
final class LibraryLogging {

  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private LibraryLogging() {
  }

  /** Must run before the first logger is made: SLF4J Simple reads its settings once. */
  static void configure(String[] args) {
    if (System.getProperty(LEVEL) == null) {
      System.setProperty(LEVEL, level(args));
    }
    System.setErr(new PrintStream(new Escaping(System.err), true, StandardCharsets.UTF_8));
  }

  /** The libraries' log level: {@code off}, or {@code warn} with {@code --verbose}. */
  static String level(String... args) {
    boolean verbose = Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose");
    return verbose ? "warn" : "off";
  }

  /** Escapes C0 control bytes (other than line feed and tab) and DEL as they pass. */
  static final class Escaping extends FilterOutputStream {

    Escaping(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      int c = b & 0xFF;
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
        out.write(String.format("\\x%02x", c).getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }
  }
}

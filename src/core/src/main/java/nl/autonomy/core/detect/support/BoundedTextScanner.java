package nl.autonomy.core.detect.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Streams a file through a {@link MultiPatternMatcher} in fixed blocks, the one way signal detectors
 * read text. It never holds more than one block plus one (bounded) line of a file, tells binaries
 * apart by a NUL byte in the first block, stops at the size bound, and keeps only the lines that
 * have matches (decoded as UTF-8, with line numbers and character columns).
 *
 * <p>A line longer than {@link #MAX_LINE} bytes (minified code) is cut into pieces of that size;
 * the pieces keep the line's number, and a match that straddles a cut is missed.
 */
public final class BoundedTextScanner {

  public static final int BLOCK = 64 * 1024;
  public static final int MAX_LINE = 1024 * 1024;
  /** Bounds memory for pathological files full of matches. */
  public static final int MAX_LINES_WITH_HITS = 10_000;

  /**
   * One block per reading thread, reused from file to file: a fresh 64 KiB array per file costs
   * more to clear than a typical source file costs to match. A block grown for a long line is
   * dropped after its file, so memory stays bounded.
   */
  private static final ThreadLocal<byte[]> BLOCKS = ThreadLocal.withInitial(() -> new byte[BLOCK]);

  private final MultiPatternMatcher matcher;
  private final long maxBytes;
  private final IntPredicate contextOnly;

  public BoundedTextScanner(MultiPatternMatcher matcher, long maxBytes) {
    this(matcher, maxBytes, p -> false);
  }

  /**
   * @param contextOnly patterns that only give context to other matches (comment tokens): a line
   *     with nothing else is kept only when a line with another match follows it in the file, and
   *     is not even decoded in the last block when none does. Javadoc opens and closes a comment on
   *     a line of its own all through a Java file; without a signal after them those lines are noise.
   */
  public BoundedTextScanner(MultiPatternMatcher matcher, long maxBytes, IntPredicate contextOnly) {
    this.matcher = matcher;
    this.maxBytes = maxBytes;
    this.contextOnly = contextOnly;
  }

  public FileScan scan(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return scan(in);
    } catch (IOException e) {
      return new FileScan(FileScan.Outcome.UNREADABLE, 0, List.of(), String.valueOf(e.getMessage()));
    }
  }

  public FileScan scan(InputStream in) throws IOException {
    return new Run(in).read();
  }

  /** The state of one read; not shared between threads. */
  private final class Run implements MultiPatternMatcher.HitSink {
    private final InputStream in;
    private byte[] buf = BLOCKS.get();
    private final List<TextLine> lines = new ArrayList<>();
    private final List<int[]> pending = new ArrayList<>();
    /** Lines of the current block with matches, not yet decoded. */
    private final List<RawLine> raw = new ArrayList<>();
    private int lastSignalLine = -1;
    private int line = 1;
    private int lineStart;
    private int pendingLine;
    private int regionEnd;
    private long total;
    private boolean full;

    Run(InputStream in) {
      this.in = in;
    }

    FileScan read() throws IOException {
      int filled = 0;
      boolean first = true;
      boolean truncated = false;
      while (true) {
        int want = (int) Math.min(buf.length - filled, maxBytes - total);
        int n = want <= 0 ? -1 : in.readNBytes(buf, filled, want);
        if (n <= 0) {
          truncated = want <= 0 && in.read() >= 0;
          break;
        }
        if (first && hasNul(buf, filled, filled + n)) {
          return new FileScan(FileScan.Outcome.BINARY, n, List.of(), null);
        }
        first = false;
        total += n;
        filled += n;
        if (filled < buf.length) {
          // the end of the file (or of the bound) is in the buffer: it is scanned whole below
          continue;
        }
        int complete = lastLineEnd(buf, filled);
        if (complete < 0) {
          if (buf.length < MAX_LINE) {
            buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE));
            continue;
          }
          complete = filled;
        }
        scanRegion(0, complete, false);
        if (full) {
          truncated = true;
          break;
        }
        line += MultiPatternMatcher.countLines(buf, 0, complete);
        System.arraycopy(buf, complete, buf, 0, filled - complete);
        filled -= complete;
      }
      if (filled > 0 && !full) {
        scanRegion(0, filled, true);
      }
      dropTrailingContext();
      return new FileScan(truncated || full ? FileScan.Outcome.TRUNCATED : FileScan.Outcome.TEXT,
          total, lines, null);
    }

    private void scanRegion(int from, int to, boolean last) {
      regionEnd = to;
      matcher.scan(buf, from, to, this);
      flushPending();
      decode(last);
    }

    @Override
    public void hit(int pattern, int end, int lineInRegion, int startOfLine) {
      if (full) {
        return;
      }
      int number = line + lineInRegion;
      if (number != pendingLine) {
        flushPending();
        pendingLine = number;
        lineStart = startOfLine;
      }
      pending.add(new int[] {pattern, end - matcher.patternLength(pattern), end});
    }

    /** Closes the pending line: its matches wait, undecoded, for the end of the block. */
    private void flushPending() {
      if (pending.isEmpty()) {
        return;
      }
      boolean signal = false;
      for (int[] p : pending) {
        signal |= !contextOnly.test(p[0]);
      }
      raw.add(new RawLine(pendingLine, lineStart, pending.toArray(new int[0][]), signal));
      pending.clear();
    }

    /**
     * Decodes the block's lines with matches while the block still holds their bytes; in the last
     * block, only up to the last line with a match that is not just context.
     */
    private void decode(boolean last) {
      int upTo = raw.size() - 1;
      if (last) {
        while (upTo >= 0 && !raw.get(upTo).signal()) {
          upTo--;
        }
      }
      for (int i = 0; i <= upTo && !full; i++) {
        RawLine r = raw.get(i);
        lines.add(decodeLine(r));
        if (r.signal()) {
          lastSignalLine = lines.size() - 1;
        }
        if (lines.size() >= MAX_LINES_WITH_HITS) {
          full = true;
        }
      }
      raw.clear();
    }

    /** Context lines after the last line with a real match tell nothing. */
    private void dropTrailingContext() {
      lines.subList(lastSignalLine + 1, lines.size()).clear();
    }

    /** A line with matches as offsets into the block: {@code hits} are (pattern, start, end) triples. */
    private record RawLine(int number, int start, int[][] hits, boolean signal) {
    }

    private TextLine decodeLine(RawLine r) {
      int end = r.hits()[r.hits().length - 1][2];
      while (end < regionEnd && buf[end] != '\n') {
        end++;
      }
      int from = r.start();
      int stop = end > from && buf[end - 1] == '\r' ? end - 1 : end;
      String text = new String(buf, from, Math.max(0, stop - from), StandardCharsets.UTF_8);
      List<TextLine.Hit> hits = new ArrayList<>(r.hits().length);
      for (int[] p : r.hits()) {
        int start = charIndex(from, p[1]);
        hits.add(new TextLine.Hit(p[0], start, start + (p[2] - p[1])));
      }
      return new TextLine(r.number(), text, hits);
    }

    /**
     * Java characters before {@code offset}: continuation bytes start none, a four-byte sequence
     * becomes a surrogate pair.
     */
    private int charIndex(int from, int offset) {
      int chars = 0;
      for (int i = from; i < offset; i++) {
        int b = buf[i] & 0xff;
        if ((b & 0xc0) != 0x80) {
          chars += (b & 0xf8) == 0xf0 ? 2 : 1;
        }
      }
      return chars;
    }
  }

  private static boolean hasNul(byte[] b, int from, int to) {
    int limit = Math.min(to, from + 8192);
    int i = from;
    for (; i + 8 <= limit; i += 8) {
      if (ByteWords.equalTo(ByteWords.read(b, i), (byte) 0) != 0) {
        return true;
      }
    }
    for (; i < limit; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Offset just past the last line feed, or -1. */
  private static int lastLineEnd(byte[] b, int filled) {
    for (int i = filled - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }
}

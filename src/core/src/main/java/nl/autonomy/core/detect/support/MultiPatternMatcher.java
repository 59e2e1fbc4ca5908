package nl.autonomy.core.detect.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An Aho–Corasick automaton over bytes that finds every occurrence of many ASCII literals in one
 * pass, ignoring ASCII case. It is compiled once per scan from all signals and then shared by all
 * threads (it is immutable).
 *
 * <p>Why our own automaton instead of {@code org.ahocorasick:ahocorasick}: the scan reads bytes, and
 * this one runs over a {@code byte[]} range without decoding it and without allocating per line; its
 * transitions are a dense table (a full DFA, failure links folded in), so each byte costs one array
 * load. States are numbered breadth first, so the shallow states ordinary text keeps visiting sit
 * together in cache; entries hold the next row's offset, negative when that state reports matches.
 * The JMH benchmark {@code MatcherBenchmark} measures both (see {@code docs/lock-in.md}).
 *
 * <p>Bytes of 0x80 and above (every byte of a multi-byte UTF-8 character) never occur in a
 * pattern, so UTF-8 text is matched correctly without decoding. A line feed is a byte class of its
 * own that resets the automaton; the scan hands each match its line and the line's start, so
 * callers never count lines themselves.
 */
public final class MultiPatternMatcher {

  /** Receives matches in text order. */
  @FunctionalInterface
  public interface HitSink {
    /**
     * @param pattern index of the pattern in the list given to {@link #compile(List)}
     * @param end offset just past the last byte of the match
     * @param line line feeds between the start of the scanned range and the match
     * @param lineStart offset of the first byte of the match's line (or of the range)
     */
    void hit(int pattern, int end, int line, int lineStart);
  }

  private static final int[] NO_OUTPUT = new int[0];
  private static final int NEWLINE_CLASS = 1;
  /** Pieces walked side by side: enough overlapping loads to hide their latency, few enough for registers. */
  private static final int STREAMS = 4;
  /** Below this a range is walked in one piece: cutting it would cost more than it saves. */
  private static final int INTERLEAVE_MIN = 1024;

  private final int[] classOf = new int[256];
  private final int alphabet;
  private final int[] delta;
  private final int[][] outputs;
  private final int[] patternLengths;

  private MultiPatternMatcher(List<String> patterns) {
    patternLengths = new int[patterns.size()];
    alphabet = buildAlphabet(patterns);
    Trie trie = new Trie(alphabet);
    for (int i = 0; i < patterns.size(); i++) {
      String p = patterns.get(i);
      patternLengths[i] = p.length();
      trie.add(p, i, classOf);
    }
    delta = trie.toDfa();
    outputs = trie.outputs();
  }

  /**
   * Compiles the patterns. Each must be non-empty printable ASCII; duplicates are allowed (each
   * index reports its own hits).
   */
  public static MultiPatternMatcher compile(List<String> patterns) {
    for (String p : patterns) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty pattern");
      }
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c < 0x20 || c > 0x7e) {
          throw new IllegalArgumentException("pattern is not printable ASCII: " + p);
        }
      }
    }
    return new MultiPatternMatcher(patterns);
  }

  /** States of the automaton (for diagnostics and the benchmark's report). */
  public int stateCount() {
    return outputs.length;
  }

  /** Byte classes: distinct pattern characters, ignoring case, plus "other" and line feed. */
  public int alphabetSize() {
    return alphabet;
  }

  public int patternCount() {
    return patternLengths.length;
  }

  public int patternLength(int pattern) {
    return patternLengths[pattern];
  }

  /**
   * Reports every match inside {@code text[from, to)}, in text order.
   *
   * <p>A DFA step is one dependent load, so a single pass is bound by load latency, not by the
   * work. Because a line feed resets the automaton, a range cut at line feeds is independent
   * pieces: large ranges are cut in {@value #STREAMS} and walked in one loop, one step of each
   * piece per iteration, so the processor overlaps their loads. Matches are buffered per piece and
   * reported afterwards; lines are counted eight bytes at a time, and only as far as the last match.
   */
  public void scan(byte[] text, int from, int to, HitSink sink) {
    int[] cuts = cuts(text, from, to);
    HitBuffer[] found = new HitBuffer[cuts.length - 1];
    for (int s = 0; s < found.length; s++) {
      found[s] = new HitBuffer();
    }
    if (found.length == STREAMS) {
      interleaved(text, cuts, found);
    } else {
      walk(text, from, to, 0, found[0]);
    }
    LineCursor cursor = new LineCursor(from);
    for (HitBuffer hits : found) {
      for (int h = 0; h < hits.size; h += 2) {
        int end = hits.data[h + 1];
        cursor.advanceTo(text, end);
        sink.hit(hits.data[h], end, cursor.lines, cursor.lineStart);
      }
    }
  }

  /** The line feeds in {@code text[from, to)}, counted eight bytes at a time. */
  public static int countLines(byte[] text, int from, int to) {
    LineCursor cursor = new LineCursor(from);
    cursor.advanceTo(text, to);
    return cursor.lines;
  }

  /** Pieces for {@link #interleaved}: cut just after a line feed near each quarter, or one piece. */
  private static int[] cuts(byte[] text, int from, int to) {
    int length = to - from;
    if (length < INTERLEAVE_MIN) {
      return new int[] {from, to};
    }
    int[] cuts = new int[STREAMS + 1];
    cuts[0] = from;
    cuts[STREAMS] = to;
    for (int s = 1; s < STREAMS; s++) {
      int i = Math.max(from + (int) ((long) length * s / STREAMS), cuts[s - 1]);
      while (i < to && text[i] != '\n') {
        i++;
      }
      if (i >= to) {
        return new int[] {from, to};
      }
      cuts[s] = i + 1;
    }
    return cuts;
  }

  /** Four pieces in lock step as long as all have bytes left, then each to its end. */
  private void interleaved(byte[] text, int[] cuts, HitBuffer[] found) {
    int[] d = delta;
    int[] cls = classOf;
    int p0 = cuts[0];
    int p1 = cuts[1];
    int p2 = cuts[2];
    int p3 = cuts[3];
    int steps = Math.min(Math.min(cuts[1] - p0, cuts[2] - p1), Math.min(cuts[3] - p2, cuts[4] - p3));
    int r0 = 0;
    int r1 = 0;
    int r2 = 0;
    int r3 = 0;
    for (int k = 0; k < steps; k++) {
      int n0 = d[r0 + cls[text[p0 + k] & 0xff]];
      int n1 = d[r1 + cls[text[p1 + k] & 0xff]];
      int n2 = d[r2 + cls[text[p2 + k] & 0xff]];
      int n3 = d[r3 + cls[text[p3 + k] & 0xff]];
      if ((n0 | n1 | n2 | n3) < 0) {
        n0 = reported(n0, p0 + k + 1, found[0]);
        n1 = reported(n1, p1 + k + 1, found[1]);
        n2 = reported(n2, p2 + k + 1, found[2]);
        n3 = reported(n3, p3 + k + 1, found[3]);
      }
      r0 = n0;
      r1 = n1;
      r2 = n2;
      r3 = n3;
    }
    walk(text, p0 + steps, cuts[1], r0, found[0]);
    walk(text, p1 + steps, cuts[2], r1, found[1]);
    walk(text, p2 + steps, cuts[3], r2, found[2]);
    walk(text, p3 + steps, cuts[4], r3, found[3]);
  }

  /** One piece from a given row to its end. */
  private void walk(byte[] text, int from, int to, int row, HitBuffer found) {
    int[] d = delta;
    int[] cls = classOf;
    for (int i = from; i < to; i++) {
      int next = d[row + cls[text[i] & 0xff]];
      row = next >= 0 ? next : reported(next, i + 1, found);
    }
  }

  /** The row to go on with; a negative entry is a reporting state, whose patterns are recorded. */
  private int reported(int entry, int end, HitBuffer found) {
    if (entry >= 0) {
      return entry;
    }
    int row = ~entry;
    for (int p : outputs[row / alphabet]) {
      found.add(p, end);
    }
    return row;
  }

  /** Matches of one piece as (pattern, end) pairs. */
  private static final class HitBuffer {
    private int[] data = NO_OUTPUT;
    private int size;

    void add(int pattern, int end) {
      if (size + 2 > data.length) {
        data = Arrays.copyOf(data, Math.max(16, data.length * 2));
      }
      data[size++] = pattern;
      data[size++] = end;
    }
  }

  /** Counts line feeds up to an offset, eight bytes at a time, remembering where the last line began. */
  private static final class LineCursor {
    private int position;
    private int lines;
    private int lineStart;

    LineCursor(int from) {
      position = from;
      lineStart = from;
    }

    void advanceTo(byte[] text, int target) {
      int i = position;
      for (; i + 8 <= target; i += 8) {
        long feeds = ByteWords.equalTo(ByteWords.read(text, i), (byte) '\n');
        if (feeds != 0) {
          lines += Long.bitCount(feeds);
          lineStart = i + ByteWords.lastMarked(feeds) + 1;
        }
      }
      for (; i < target; i++) {
        if (text[i] == '\n') {
          lines++;
          lineStart = i + 1;
        }
      }
      position = Math.max(position, target);
    }
  }

  /** Convenience for tests and small inputs: the matches in a string as (pattern, start) pairs. */
  public List<int[]> findAll(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<int[]> hits = new ArrayList<>();
    scan(bytes, 0, bytes.length, (p, end, line, lineStart) -> hits.add(new int[] {p, end - patternLengths[p]}));
    return hits;
  }

  /**
   * Class 0 is every byte no pattern contains, class 1 the line feed; upper and lower case letters
   * share a class.
   */
  private int buildAlphabet(List<String> patterns) {
    classOf['\n'] = NEWLINE_CLASS;
    int next = NEWLINE_CLASS + 1;
    for (String p : patterns) {
      for (char c : p.toLowerCase(Locale.ROOT).toCharArray()) {
        if (classOf[c] == 0) {
          classOf[c] = next;
          if (c >= 'a' && c <= 'z') {
            classOf[c - 'a' + 'A'] = next;
          }
          next++;
        }
      }
    }
    return next;
  }

  /** The goto trie while building; turned into a dense DFA once all patterns are in. */
  private static final class Trie {
    private final int width;
    private final List<int[]> next = new ArrayList<>();
    private final List<List<Integer>> out = new ArrayList<>();

    Trie(int width) {
      this.width = width;
      newState();
    }

    private int newState() {
      int[] row = new int[width];
      Arrays.fill(row, -1);
      next.add(row);
      out.add(new ArrayList<>());
      return next.size() - 1;
    }

    void add(String pattern, int id, int[] classOf) {
      int s = 0;
      for (int i = 0; i < pattern.length(); i++) {
        int c = classOf[pattern.charAt(i)];
        if (next.get(s)[c] < 0) {
          int n = newState();
          next.get(s)[c] = n;
        }
        s = next.get(s)[c];
      }
      out.get(s).add(id);
    }

    /**
     * Breadth-first: fills missing transitions from the failure state and inherits its outputs.
     * Every state goes back to the root on a line feed, so no match spans lines.
     */
    int[] toDfa() {
      int states = next.size();
      int newlineState = states;
      int[] fail = new int[states];
      int[] dfa = new int[states * width];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      for (int c = 0; c < width; c++) {
        int t = next.get(0)[c];
        if (t < 0) {
          dfa[c] = 0;
        } else {
          dfa[c] = t;
          fail[t] = 0;
          queue.add(t);
        }
      }
      while (!queue.isEmpty()) {
        int s = queue.poll();
        bfs.add(s);
        out.get(s).addAll(out.get(fail[s]));
        for (int c = 0; c < width; c++) {
          int t = next.get(s)[c];
          if (t < 0) {
            dfa[s * width + c] = dfa[fail[s] * width + c];
          } else {
            dfa[s * width + c] = t;
            fail[t] = dfa[fail[s] * width + c];
            queue.add(t);
          }
        }
      }
      for (int s = 0; s < states; s++) {
        dfa[s * width + NEWLINE_CLASS] = 0;
      }
      order = new int[states];
      order[0] = 0;
      int n = 1;
      for (int s : bfs) {
        order[s] = n++;
      }
      return layout(dfa, states);
    }

    /** Breadth-first order of the states (root excluded), filled by {@link #toDfa()}. */
    private final List<Integer> bfs = new ArrayList<>();
    /** Old state number to new (breadth-first) number. */
    private int[] order;

    /** Renumbers the table breadth first and stores row offsets, negated for states with output. */
    private int[] layout(int[] table, int count) {
      int[] result = new int[table.length];
      for (int s = 0; s < count; s++) {
        for (int c = 0; c < width; c++) {
          int t = table[s * width + c];
          int offset = order[t] * width;
          boolean reports = !out.get(t).isEmpty();
          result[order[s] * width + c] = reports ? ~offset : offset;
        }
      }
      return result;
    }

    int[][] outputs() {
      int[][] result = new int[out.size()][];
      for (int s = 0; s < out.size(); s++) {
        List<Integer> o = out.get(s);
        result[order[s]] = o.isEmpty() ? NO_OUTPUT : o.stream().distinct().mapToInt(Integer::intValue).toArray();
      }
      return result;
    }
  }
}

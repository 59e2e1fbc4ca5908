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
 * own that resets the automaton; the scan counts lines in the same pass and hands each match its
 * line, so callers never look at the bytes again.
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

  private final int[] classOf = new int[256];
  private final int alphabet;
  private final int[] delta;
  private final int[][] outputs;
  private final int newlineRow;
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
    newlineRow = (outputs.length - 1) * alphabet;
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
   * @return the number of line feeds in the range
   */
  public int scan(byte[] text, int from, int to, HitSink sink) {
    int[] d = delta;
    int[] cls = classOf;
    int newline = newlineRow;
    int row = 0;
    int lines = 0;
    int lineStart = from;
    for (int i = from; i < to; i++) {
      int next = d[row + cls[text[i] & 0xff]];
      if (next >= 0) {
        row = next;
        continue;
      }
      row = ~next;
      if (row == newline) {
        lines++;
        lineStart = i + 1;
        continue;
      }
      for (int p : outputs[row / alphabet]) {
        sink.hit(p, i + 1, lines, lineStart);
      }
    }
    return lines;
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
     * Adds one last state, entered on every line feed, that behaves like the root.
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
      int[] withNewline = Arrays.copyOf(dfa, (states + 1) * width);
      System.arraycopy(dfa, 0, withNewline, newlineState * width, width);
      for (int s = 0; s <= states; s++) {
        withNewline[s * width + NEWLINE_CLASS] = newlineState;
      }
      order = new int[states + 1];
      order[0] = 0;
      int n = 1;
      for (int s : bfs) {
        order[s] = n++;
      }
      order[newlineState] = states;
      return layout(withNewline, states + 1);
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
          boolean reports = t == count - 1 || !out.get(t).isEmpty();
          result[order[s] * width + c] = reports ? ~offset : offset;
        }
      }
      return result;
    }

    int[][] outputs() {
      int[][] result = new int[out.size() + 1][];
      result[order[out.size()]] = NO_OUTPUT;
      for (int s = 0; s < out.size(); s++) {
        List<Integer> o = out.get(s);
        result[order[s]] = o.isEmpty() ? NO_OUTPUT : o.stream().distinct().mapToInt(Integer::intValue).toArray();
      }
      return result;
    }
  }
}

package nl.autonomy.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Copyright statements one source gives for a component, as written there: a supplier SBOM's
 * {@code copyright}/{@code copyrightText}, a Debian package's {@code copyright} file, a jar's
 * {@code META-INF/NOTICE}. Kept per source so a notice can say where each line was read; never
 * invented, never completed.
 *
 * <p>Lines come from scanned files, so they are made safe here once: no control character (a
 * line break inside a statement becomes a space), at most {@link #MAX_LINE} characters, each line
 * once, at most {@link #MAX_LINES} per source; {@code omitted} counts the lines left out, so a
 * notice built from them can say the source holds more.
 *
 * @param lines the statements, in the source's order, each once
 * @param detector id of the detector that read them
 * @param source the file they were read from (relative to the scanned root, {@code !/} inside archives)
 * @param omitted how many further distinct lines the source held beyond {@link #MAX_LINES}
 */
public record Copyright(List<String> lines, String detector, Location source, int omitted)
    implements Comparable<Copyright> {

  /** Longest statement kept; a longer one is cut and ends with an ellipsis. */
  public static final int MAX_LINE = 300;
  /** Most statements kept per source (a Debian copyright file can hold hundreds). */
  public static final int MAX_LINES = 50;

  public Copyright {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(source, "source");
    lines = List.copyOf(lines == null ? List.of() : lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a copyright needs at least one line");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must be >= 0: " + omitted);
    }
  }

  /**
   * The statements of {@code written} made safe, blank ones dropped, each once, at most {@link
   * #MAX_LINES}; empty when none is left.
   */
  public static Optional<Copyright> of(String detector, Location source, Collection<String> written) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String w : written == null ? List.<String>of() : written) {
      String line = clean(w);
      if (!line.isEmpty()) {
        distinct.add(line);
      }
    }
    if (distinct.isEmpty()) {
      return Optional.empty();
    }
    List<String> kept = new ArrayList<>(distinct).subList(0, Math.min(distinct.size(), MAX_LINES));
    return Optional.of(new Copyright(kept, detector, source, distinct.size() - kept.size()));
  }

  /** One printable line: controls and runs of white space become one space, cut at {@link #MAX_LINE}. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_LINE + 8));
    boolean space = false;
    for (int i = 0; i < text.length() && sb.length() <= MAX_LINE; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean blank = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || nl.autonomy.core.text.Printable.isControl(cp)
          || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.FORMAT
          || Character.getType(cp) == Character.UNASSIGNED;
      if (blank) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.appendCodePoint(cp);
    }
    String line = sb.toString().strip();
    if (line.length() > MAX_LINE) {
      int cut = MAX_LINE - 1;
      if (Character.isLowSurrogate(line.charAt(cut))) {
        cut--;
      }
      line = line.substring(0, cut) + "…";
    }
    return line;
  }

  @Override
  public int compareTo(Copyright o) {
    int c = source.compareTo(o.source);
    if (c != 0) {
      return c;
    }
    c = detector.compareTo(o.detector);
    return c != 0 ? c : String.join("\n", lines).compareTo(String.join("\n", o.lines));
  }
}

package nl.autonomy.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version range as written in {@code licenses.yaml}: space-separated bounds that must all hold,
 * e.g. {@code >=7.4 <8}; an empty range holds for every version.
 */
public final class VersionRange {

  private static final Pattern BOUND = Pattern.compile("(>=|<=|>|<|=)?([0-9A-Za-z][0-9A-Za-z.+_-]*)");

  private record Bound(String op, String version) {
    boolean holds(String v) {
      int c = Versions.compare(v, version);
      return switch (op) {
        case ">=" -> c >= 0;
        case ">" -> c > 0;
        case "<=" -> c <= 0;
        case "<" -> c < 0;
        default -> c == 0;
      };
    }
  }

  private final String text;
  private final List<Bound> bounds;

  private VersionRange(String text, List<Bound> bounds) {
    this.text = text;
    this.bounds = bounds;
  }

  /** Parses a range; throws {@link IllegalArgumentException} naming the bad bound. */
  public static VersionRange parse(String text) {
    List<Bound> bounds = new ArrayList<>();
    String t = text == null ? "" : text.strip();
    if (!t.isEmpty()) {
      for (String part : t.split("\\s+")) {
        Matcher m = BOUND.matcher(part);
        if (!m.matches()) {
          throw new IllegalArgumentException("malformed version bound '" + part
              + "' in range '" + t + "': expected e.g. '>=7.4 <8'");
        }
        bounds.add(new Bound(m.group(1) == null ? "=" : m.group(1), m.group(2)));
      }
    }
    return new VersionRange(t, List.copyOf(bounds));
  }

  /** Whether {@code version} is inside; an unknown version is inside only an unbounded range. */
  public boolean contains(String version) {
    if (version == null || version.isBlank()) {
      return bounds.isEmpty();
    }
    return bounds.stream().allMatch(b -> b.holds(version));
  }

  @Override
  public String toString() {
    return text;
  }
}

package nl.autonomy.core.catalog;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Orders version strings the way Maven, npm and PyPI mostly agree on: numeric parts numerically,
 * missing parts as zero, pre-releases ({@code -rc1}, {@code -beta}, {@code .dev0}) before the release.
 */
public final class Versions {

  private static final Map<String, Integer> PRE_RELEASE = Map.ofEntries(
      Map.entry("snapshot", 0), Map.entry("dev", 0), Map.entry("canary", 0), Map.entry("next", 0),
      Map.entry("alpha", 1), Map.entry("a", 1), Map.entry("beta", 2), Map.entry("b", 2),
      Map.entry("milestone", 3), Map.entry("m", 3), Map.entry("preview", 3), Map.entry("pre", 3),
      Map.entry("rc", 4), Map.entry("cr", 4), Map.entry("c", 4));
  private static final int RELEASE = 5;

  private Versions() {
  }

  public static int compare(String a, String b) {
    List<Object> x = tokens(a);
    List<Object> y = tokens(b);
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      int c = compareToken(i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareToken(Object a, Object b) {
    if (a instanceof BigInteger n && b instanceof BigInteger m) {
      return n.compareTo(m);
    }
    if (a instanceof String s && b instanceof String t) {
      int c = Integer.compare(rank(s), rank(t));
      return c != 0 ? c : s.compareTo(t);
    }
    if (a == null || b == null) {
      Object present = a == null ? b : a;
      int sign = a == null ? -1 : 1;
      int c = present instanceof BigInteger n ? n.signum() : Integer.compare(rank((String) present), RELEASE);
      return sign * c;
    }
    // a number after the common prefix is a later release than a qualifier there: 1.0.1 > 1.0-rc1
    return a instanceof BigInteger ? 1 : -1;
  }

  private static int rank(String qualifier) {
    if (qualifier.equals("final") || qualifier.equals("ga") || qualifier.equals("release")) {
      return RELEASE;
    }
    return PRE_RELEASE.getOrDefault(qualifier, RELEASE + 1);
  }

  private static List<Object> tokens(String version) {
    String v = version.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("v")) {
      v = v.substring(1);
    }
    List<Object> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Boolean digits = null;
    for (char ch : v.toCharArray()) {
      boolean isDigit = Character.isDigit(ch);
      boolean isLetter = Character.isLetter(ch);
      if (!isDigit && !isLetter || digits != null && digits != isDigit) {
        flush(current, digits, out);
        digits = null;
      }
      if (isDigit || isLetter) {
        current.append(ch);
        digits = isDigit;
      }
    }
    flush(current, digits, out);
    while (!out.isEmpty() && out.get(out.size() - 1) instanceof BigInteger n && n.signum() == 0) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static void flush(StringBuilder current, Boolean digits, List<Object> out) {
    if (current.isEmpty()) {
      return;
    }
    out.add(Boolean.TRUE.equals(digits) ? new BigInteger(current.toString()) : current.toString());
    current.setLength(0);
  }
}

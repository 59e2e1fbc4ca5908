package nl.autonomy.core.detect.npm;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each repeated string of a lockfile (dependency names, ranges, licenses): a large
 * lockfile repeats a few thousand names hundreds of thousands of times.
 */
final class StringPool {

  private final Map<String, String> pool = new HashMap<>();

  String of(String s) {
    String existing = pool.putIfAbsent(s, s);
    return existing != null ? existing : s;
  }
}

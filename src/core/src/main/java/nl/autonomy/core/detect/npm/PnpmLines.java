package nl.autonomy.core.detect.npm;

import java.util.HashMap;
import java.util.Map;

/** Lines of the package keys of a pnpm-lock.yaml, which the YAML tree does not keep. */
final class PnpmLines {

  private final Map<String, Integer> lines;

  private PnpmLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  static PnpmLines of(String text) {
    Map<String, Integer> out = new HashMap<>();
    boolean inPackages = false;
    int n = 0;
    for (String line : text.lines().toList()) {
      n++;
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
        inPackages = line.startsWith("packages:");
      } else if (inPackages && line.startsWith("  ") && !line.startsWith("   ") && line.stripTrailing().endsWith(":")) {
        String key = line.strip();
        key = key.substring(0, key.length() - 1);
        if (key.length() >= 2 && (key.startsWith("'") || key.startsWith("\""))) {
          key = key.substring(1, key.length() - 1);
        }
        out.putIfAbsent(PnpmLockDetection.baseKey(key), n);
      }
    }
    return new PnpmLines(out);
  }

  int lineOf(String baseKey) {
    return lines.getOrDefault(baseKey, 0);
  }
}

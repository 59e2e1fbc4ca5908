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
    boolean inImporters = false;
    int n = 0;
    for (String line : text.lines().toList()) {
      n++;
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
        inPackages = line.startsWith("packages:");
        inImporters = line.startsWith("importers:");
        int colon = line.indexOf(':');
        if (colon > 0) {
          out.putIfAbsent(line.substring(0, colon + 1), n);
        }
      } else if (inImporters && line.startsWith("  ") && !line.startsWith("   ") && line.stripTrailing().endsWith(":")) {
        String key = line.strip();
        key = key.substring(0, key.length() - 1);
        if (key.length() >= 2 && (key.startsWith("'") || key.startsWith("\""))) {
          key = key.substring(1, key.length() - 1);
        }
        out.putIfAbsent("importers/" + key, n);
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

  /**
   * The line of a package key, of a top-level section ({@code "packages:"}) or of an importer
   * ({@code "importers/packages/a"}); 0 when unknown.
   */
  int lineOf(String baseKey) {
    return lines.getOrDefault(baseKey, 0);
  }
}

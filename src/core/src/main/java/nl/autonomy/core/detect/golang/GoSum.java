package nl.autonomy.core.detect.golang;

import java.util.HashMap;
import java.util.Map;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.SourceText;

/**
 * go.sum lines {@code path version h1:base64}. The {@code h1:} value hashes the module's file tree
 * (Go's dirhash), not a downloadable archive, so it is kept as a property rather than passed off
 * as a CycloneDX artifact hash.
 */
final class GoSum {

  private GoSum() {
  }

  /** {@code path@version} to its {@code h1:} checksum; {@code /go.mod} lines are skipped. */
  static Map<String, String> parse(SourceText text) throws LockfileSyntaxException {
    Map<String, String> out = new HashMap<>();
    for (int n = 1; n <= text.lines().size(); n++) {
      String line = text.line(n).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] w = line.split("\\s+");
      if (w.length != 3 || !w[2].contains(":")) {
        throw new LockfileSyntaxException(n, "a go.sum line reads 'module version hash': " + line);
      }
      if (!w[1].endsWith("/go.mod")) {
        out.put(w[0] + "@" + w[1], w[2]);
      }
    }
    return out;
  }
}

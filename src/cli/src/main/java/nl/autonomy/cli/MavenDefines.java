package nl.autonomy.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code -D KEY=VALUE} as Maven reads it: a key without {@code =} is {@code true}; a later key wins. */
final class MavenDefines {

  private MavenDefines() {
  }

  static Map<String, String> parse(List<String> defines) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String d : defines) {
      int eq = d.indexOf('=');
      String key = eq < 0 ? d : d.substring(0, eq);
      if (key.isBlank()) {
        throw new CliException(ExitCodes.USAGE, "-D needs KEY=VALUE, got '" + d + "'", null);
      }
      out.put(key, eq < 0 ? "true" : d.substring(eq + 1));
    }
    return out;
  }
}

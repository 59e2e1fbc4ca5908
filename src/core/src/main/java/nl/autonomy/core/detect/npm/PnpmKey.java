package nl.autonomy.core.detect.npm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Name and version of a pnpm package key: {@code name@1.0.0} (v6 after the leading {@code /}, v9),
 * {@code name/1.0.0_peer@2.0.0} (v5, told apart by the {@code /} before any {@code @}); an entry's own {@code name} and {@code version} fields (git and
 * tarball packages) win.
 */
record PnpmKey(String name, String version) {

  static PnpmKey parse(String baseKey, JsonNode entry) {
    String name;
    String version;
    int scopeEnd = baseKey.startsWith("@") ? baseKey.indexOf('/') + 1 : 0;
    int at = baseKey.indexOf('@', Math.max(scopeEnd, 1));
    int slash = baseKey.indexOf('/', scopeEnd);
    boolean v5 = slash > 0 && (at < 0 || slash < at);
    if (!v5 && at > 0) {
      name = baseKey.substring(0, at);
      version = baseKey.substring(at + 1);
    } else {
      name = slash > 0 ? baseKey.substring(0, slash) : baseKey;
      version = slash > 0 ? baseKey.substring(slash + 1) : null;
      if (version != null && version.indexOf('_') > 0) {
        version = version.substring(0, version.indexOf('_'));
      }
    }
    if (entry.hasNonNull("name")) {
      name = entry.path("name").asText();
    }
    if (entry.hasNonNull("version")) {
      version = entry.path("version").asText();
    }
    return new PnpmKey(name, version);
  }
}

package nl.autonomy.core.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.TomlPackageLines;

/**
 * The shape every TOML lockfile (poetry.lock, uv.lock, pdm.lock) shares: {@code [[package]]}
 * tables whose {@code name} and {@code version} are strings. Anything else is an error naming the
 * line, never a package silently dropped or a float version ({@code 1.10}) read as another
 * ({@code 1.1}).
 */
final class TomlLockShape {

  private TomlLockShape() {
  }

  static void check(JsonNode lock, TomlPackageLines lines) throws LockfileSyntaxException {
    JsonNode packages = lock.path("package");
    if (packages.isMissingNode()) {
      return;
    }
    if (!packages.isArray()) {
      throw new LockfileSyntaxException(0, "'package' must be an array of tables ([[package]]), not "
          + packages.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      JsonNode name = p.path("name");
      JsonNode version = p.path("version");
      if (!p.isObject() || !name.isTextual() || !(version.isMissingNode() || version.isTextual())) {
        int line = name.isTextual() ? lines.lineOf(name.asText(), version.asText(null)) : 0;
        line = line > 0 ? line : lines.headerOf(i, packages.size());
        throw new LockfileSyntaxException(line, "a [[package]] whose name or version is not a string"
            + (name.isTextual() ? " (" + name.asText() + ", version " + version + ")" : ""));
      }
    }
  }
}

package nl.autonomy.core.detect.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.detect.support.TomlPackageLines;

/** One {@code [[package]]} of a Cargo.lock, with the line of its header. */
record CrateEntry(String name, String version, String source, String checksum, List<String> dependencies,
    int line) {

  /** A crate of the workspace itself: Cargo records no source for path crates. */
  boolean local() {
    return source == null;
  }

  static List<CrateEntry> all(JsonNode root, SourceText text) throws LockfileSyntaxException {
    TomlPackageLines lines = TomlPackageLines.of(text.content());
    JsonNode packages = root.path("package");
    if (!packages.isMissingNode() && !packages.isArray()) {
      throw new LockfileSyntaxException(0, "'package' must be an array of tables ([[package]]), not "
          + packages.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    List<CrateEntry> out = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      String name = p.path("name").isTextual() ? p.path("name").asText() : null;
      String version = p.path("version").isTextual() ? p.path("version").asText() : null;
      int line = name == null ? 0 : lines.lineOf(name, version == null ? p.path("version").asText(null) : version);
      if (name == null || version == null) {
        // a TOML float (version = 1.10) would read as another version (1.1): never guess
        throw new LockfileSyntaxException(line, "a [[package]] whose name or version is missing or not a string"
            + (p.has("version") && !p.path("version").isTextual() ? " (version " + p.path("version") + ")" : ""));
      }
      List<String> deps = new ArrayList<>();
      for (JsonNode d : p.path("dependencies")) {
        if (!d.isTextual()) {
          throw new LockfileSyntaxException(line, "a dependency of " + name + " " + version + " is not a string");
        }
        deps.add(d.asText());
      }
      out.add(new CrateEntry(name, version, text(p, "source", line), text(p, "checksum", line), deps, line));
    }
    return out;
  }

  private static String text(JsonNode p, String field, int line) throws LockfileSyntaxException {
    JsonNode v = p.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new LockfileSyntaxException(line, "'" + field + "' of a [[package]] is not a string");
    }
    return v.asText();
  }
}

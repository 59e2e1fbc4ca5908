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
    List<CrateEntry> out = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      String name = p.path("name").asText(null);
      String version = p.path("version").asText(null);
      int line = name == null ? 0 : lines.lineOf(name, version);
      if (name == null || version == null) {
        throw new LockfileSyntaxException(line, "a [[package]] without name or version");
      }
      List<String> deps = new ArrayList<>();
      p.path("dependencies").forEach(d -> deps.add(d.asText()));
      out.add(new CrateEntry(name, version, p.path("source").asText(null), p.path("checksum").asText(null),
          deps, line));
    }
    return out;
  }
}

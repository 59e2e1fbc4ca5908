package nl.autonomy.core.detect.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.detect.support.FileByFile.MalformedException;
import nl.autonomy.core.detect.support.SourceText;

/** One {@code [[package]]} of a Cargo.lock, with the line of its header. */
record CrateEntry(String name, String version, String source, String checksum, List<String> dependencies,
    int line) {

  /** A crate of the workspace itself: Cargo records no source for path crates. */
  boolean local() {
    return source == null;
  }

  static List<CrateEntry> all(JsonNode root, SourceText text) throws MalformedException {
    List<Integer> headers = new ArrayList<>();
    for (int n = 1; n <= text.lines().size(); n++) {
      if (text.line(n).trim().equals("[[package]]")) {
        headers.add(n);
      }
    }
    JsonNode packages = root.path("package");
    List<CrateEntry> out = new ArrayList<>();
    for (int i = 0; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      int line = i < headers.size() ? headers.get(i) : 0;
      String name = p.path("name").asText(null);
      String version = p.path("version").asText(null);
      if (name == null || version == null) {
        throw new MalformedException(line, "a [[package]] without name or version");
      }
      List<String> deps = new ArrayList<>();
      p.path("dependencies").forEach(d -> deps.add(d.asText()));
      out.add(new CrateEntry(name, version, p.path("source").asText(null), p.path("checksum").asText(null),
          deps, line));
    }
    return out;
  }
}

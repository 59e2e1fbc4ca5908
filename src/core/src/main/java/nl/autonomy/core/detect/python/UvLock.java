package nl.autonomy.core.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.support.TomlPackageLines;

/**
 * uv.lock: {@code [[package]]} tables whose {@code source} says where they came from; the project
 * itself is the package with an {@code editable} or {@code virtual} source, and its
 * {@code dependencies}, {@code optional-dependencies} and {@code dev-dependencies} (per group) are
 * the direct ones.
 */
final class UvLock {

  private UvLock() {
  }

  static void read(JsonNode lock, TomlPackageLines lines, PyLockGraph g) {
    Map<String, JsonNode> packages = new HashMap<>();
    JsonNode self = null;
    for (JsonNode p : lock.path("package")) {
      JsonNode source = p.path("source");
      if (source.has("editable") || source.has("virtual")) {
        if (self == null) {
          self = p;
        }
        continue;
      }
      String name = p.path("name").asText();
      String version = p.path("version").asText(null);
      String vcs = source.has("git") ? "git+" + source.path("git").asText() : null;
      packages.put(g.add(name, version, vcs, lines.lineOf(name, version), null, false), p);
    }
    packages.forEach((from, p) -> {
      names(p.path("dependencies")).forEach(to -> g.edge(from, to));
      p.path("optional-dependencies").forEach(list -> names(list).forEach(to -> g.edge(from, to)));
    });
    if (self != null) {
      String project = g.project.ref();
      for (String to : names(self.path("dependencies"))) {
        g.refs(to).forEach(ref -> g.graph.direct(project, ref, PyPackages.scopeOfGroup("main")));
      }
      self.path("optional-dependencies").forEach(list -> names(list).forEach(to ->
          g.refs(to).forEach(ref -> g.graph.direct(project, ref, PyPackages.scopeOfGroup("main")))));
      self.path("dev-dependencies").properties().forEach(group -> names(group.getValue()).forEach(to ->
          g.refs(to).forEach(ref -> g.graph.direct(project, ref, PyPackages.scopeOfGroup(group.getKey())))));
    }
  }

  private static List<String> names(JsonNode list) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    list.forEach(d -> {
      if (d.hasNonNull("name")) {
        out.add(d.path("name").asText());
      }
    });
    return out;
  }
}

package nl.autonomy.core.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import nl.autonomy.core.detect.support.TomlPackageLines;
import nl.autonomy.core.model.Scope;

/**
 * poetry.lock: {@code [[package]]} tables with their {@code [package.dependencies]}. Poetry 1.x
 * states {@code category = "main" | "dev"}, 2.x {@code groups = [...]}, 1.5-1.8 neither (the scope
 * then comes from pyproject.toml's groups). Poetry records no licenses.
 */
final class PoetryLock {

  private PoetryLock() {
  }

  static void read(JsonNode lock, TomlPackageLines lines, PyLockGraph g) {
    Map<String, JsonNode> deps = new HashMap<>();
    for (JsonNode p : lock.path("package")) {
      String name = p.path("name").asText();
      String version = p.path("version").asText(null);
      JsonNode source = p.path("source");
      String vcs = source.path("type").asText().equals("git")
          ? "git+" + source.path("url").asText() + "@" + source.path("resolved_reference").asText() : null;
      String ref = g.add(name, version, vcs, lines.lineOf(name, version), stated(p), p.path("optional").asBoolean());
      deps.put(ref, p.path("dependencies"));
    }
    deps.forEach((from, table) -> table.fieldNames().forEachRemaining(to -> g.edge(from, to)));
  }

  private static Scope stated(JsonNode p) {
    if (p.has("category")) {
      return PyPackages.scopeOfGroup(p.path("category").asText());
    }
    if (p.path("groups").isArray() && !p.path("groups").isEmpty()) {
      Scope widest = Scope.TEST;
      for (JsonNode group : p.path("groups")) {
        Scope s = PyPackages.scopeOfGroup(group.asText());
        widest = s.ordinal() < widest.ordinal() ? s : widest;
      }
      return widest;
    }
    return null;
  }
}

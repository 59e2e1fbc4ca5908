package nl.autonomy.core.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import nl.autonomy.core.detect.support.TomlPackageLines;
import nl.autonomy.core.model.Scope;

/**
 * pdm.lock: {@code [[package]]} tables with {@code groups} (the {@code default} group ships) and
 * {@code dependencies} as PEP 508 strings.
 */
final class PdmLock {

  private PdmLock() {
  }

  static void read(JsonNode lock, TomlPackageLines lines, PyLockGraph g) {
    Map<String, JsonNode> deps = new HashMap<>();
    for (JsonNode p : lock.path("package")) {
      String name = p.path("name").asText();
      String version = p.path("version").asText(null);
      String vcs = p.has("git") ? "git+" + p.path("git").asText()
          + (p.has("revision") ? "@" + p.path("revision").asText() : "") : null;
      Scope stated = null;
      for (JsonNode group : p.path("groups")) {
        Scope s = PyPackages.scopeOfGroup(group.asText());
        stated = stated == null || s.ordinal() < stated.ordinal() ? s : stated;
      }
      deps.put(g.add(name, version, vcs, lines.lineOf(name, version), stated, false), p.path("dependencies"));
    }
    deps.forEach((from, list) -> list.forEach(d -> Requirement.parse(d.asText()).ifPresent(r ->
        g.edge(from, r.name()))));
  }
}

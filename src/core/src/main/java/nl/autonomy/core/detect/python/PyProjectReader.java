package nl.autonomy.core.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.support.TomlTrees;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.detect.support.TextLines;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Reads the dependencies a pyproject.toml declares: PEP 621 {@code [project]} (with optional
 * dependencies as extras), PEP 735 {@code [dependency-groups]}, Poetry's {@code [tool.poetry]}
 * tables and groups, PDM's and uv's dev dependencies. Pipfiles ({@code [packages]},
 * {@code [dev-packages]}) share the shape.
 */
final class PyProjectReader {

  static final long MAX_BYTES = 4L * 1024 * 1024;

  private PyProjectReader() {
  }

  static PyProject read(WorkspaceFile file) throws IOException {
    String text = SafeFiles.readString(file, MAX_BYTES);
    JsonNode root = TomlTrees.read(Toml.MAPPER, text);
    TextLines lines = TextLines.of(text);
    List<PyProject.Declared> deps = new ArrayList<>();
    JsonNode project = root.path("project");
    JsonNode poetry = root.path("tool").path("poetry");
    pep508(project.path("dependencies"), "main", false, lines, deps);
    project.path("optional-dependencies").properties().forEach(e -> pep508(e.getValue(), "main", true, lines, deps));
    root.path("dependency-groups").properties().forEach(e -> pep508(e.getValue(), e.getKey(), false, lines, deps));
    root.path("tool").path("pdm").path("dev-dependencies").properties()
        .forEach(e -> pep508(e.getValue(), e.getKey(), false, lines, deps));
    pep508(root.path("tool").path("uv").path("dev-dependencies"), "dev", false, lines, deps);
    poetryTable(poetry.path("dependencies"), "main", lines, deps);
    poetryTable(poetry.path("dev-dependencies"), "dev", lines, deps);
    poetry.path("group").properties()
        .forEach(g -> poetryTable(g.getValue().path("dependencies"), g.getKey(), lines, deps));
    poetryTable(root.path("packages"), "main", lines, deps);
    poetryTable(root.path("dev-packages"), "dev", lines, deps);
    String name = text(project.path("name"), poetry.path("name"));
    String version = text(project.path("version"), poetry.path("version"));
    int nameLine = name == null ? 0 : lines.find(1, l -> l.matches("^\\s*name\\s*=.*"));
    // the project's own license: PEP 639 ("BSD-3-Clause"), PEP 621 {text = ...}, or Poetry's
    String license = text(project.path("license").isObject() ? project.path("license").path("text") : project.path("license"),
        poetry.path("license"));
    return new PyProject(file.path(), name, version, nameLine, deps, license);
  }

  private static void pep508(JsonNode list, String group, boolean optional, TextLines lines,
      List<PyProject.Declared> out) {
    for (JsonNode item : list) {
      if (item.isTextual()) {
        Requirement.parse(item.asText()).ifPresent(r ->
            out.add(new PyProject.Declared(r, group, optional, lineOf(lines, r.name()))));
      }
    }
  }

  /** Poetry and Pipfile tables: {@code name = "^1.2"} or {@code name = {version = "...", optional = true}}. */
  private static void poetryTable(JsonNode table, String group, TextLines lines, List<PyProject.Declared> out) {
    for (Map.Entry<String, JsonNode> e : table.properties()) {
      if (e.getKey().equalsIgnoreCase("python")) {
        continue;
      }
      JsonNode v = e.getValue().isArray() && !e.getValue().isEmpty() ? e.getValue().get(0) : e.getValue();
      String spec = v.isTextual() ? v.asText() : v.path("version").asText("");
      String url = v.has("git") ? "git+" + v.path("git").asText()
          + (v.has("rev") ? "@" + v.path("rev").asText() : v.has("tag") ? "@" + v.path("tag").asText() : "") : null;
      if (v.has("path") || v.has("file")) {
        continue;
      }
      spec = spec.equals("*") ? "" : spec;
      if (spec.matches("^\\d[\\w.+!-]*$")) {
        spec = "==" + spec;
      }
      Requirement r = new Requirement(e.getKey(), List.of(), spec, url, null);
      out.add(new PyProject.Declared(r, group, v.path("optional").asBoolean(false), lineOf(lines, e.getKey())));
    }
  }

  private static int lineOf(TextLines lines, String name) {
    Pattern p = Pattern.compile("^(\\s*|.*[\"'])" + Pattern.quote(name) + "(\\s*[=\\[<>!~;@ ,\"']|$).*",
        Pattern.CASE_INSENSITIVE);
    return lines.find(1, l -> p.matcher(l).matches());
  }

  private static String text(JsonNode a, JsonNode b) {
    return a.isTextual() ? a.asText() : b.isTextual() ? b.asText() : null;
  }
}

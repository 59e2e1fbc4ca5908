package nl.autonomy.core.detect.npm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.detect.support.LockfileProblems;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.detect.support.ShapeNote;
import nl.autonomy.core.detect.support.StrictParsers;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * pnpm-lock.yaml, versions 6 and 9 (and the {@code /name/version} keys of 5). {@code importers} are
 * the projects (root and workspaces) with their direct dependencies; {@code packages} the installed
 * packages; version 9 moved the edges to {@code snapshots}, whose keys carry peer suffixes
 * ({@code vite@5.0.0(@types/node@20.0.0)}) that do not change what package it is.
 */
final class PnpmLockDetection {

  private final String detector;
  private final WorkspaceFile file;
  private final Map<String, JsonNode> packages = new HashMap<>();
  private final Map<String, String> refsByKey = new HashMap<>();
  private final Map<String, String> projectRefs = new HashMap<>();
  private final GraphBuilder graph = new GraphBuilder();
  /** Dependencies that name a package the lockfile does not hold, by the line that names them. */
  private final Map<String, Integer> unresolved = new java.util.TreeMap<>();
  private final List<ShapeNote> shapes = new java.util.ArrayList<>();
  private PnpmLines lines;

  /** Duplicate keys are an error, as they are for pnpm itself ({@link StrictParsers}). */
  private static final ObjectMapper YAML = new ObjectMapper(StrictParsers.YAML);

  private PnpmLockDetection(String detector, WorkspaceFile file) {
    this.detector = detector;
    this.file = file;
  }

  static Detection read(String detector, WorkspaceFile file, long maxBytes, Manifests manifests) throws IOException {
    String text = SafeFiles.readString(file, maxBytes);
    JsonNode lock;
    try (JsonParser p = StrictParsers.YAML.createParser(text)) {
      try {
        StrictParsers.startObject(p, "pnpm-lock.yaml", "a mapping");
        lock = YAML.readTree(p);
      } catch (JsonProcessingException e) {
        throw StrictParsers.located(p, e);
      }
    }
    PnpmLockDetection d = new PnpmLockDetection(detector, file);
    d.lines = PnpmLines.of(text);
    return d.build(lock, manifests);
  }

  private Detection build(JsonNode lock, Manifests manifests) {
    for (String section : List.of("importers", "packages", "snapshots")) {
      JsonNode n = lock.get(section);
      if (n != null && !n.isObject() && !n.isNull()) {
        shapes.add(new ShapeNote(lines.lineOf(section + ":"), "\"" + section + "\" is "
            + (n.isArray() ? "a list" : "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
            + ", not a mapping"));
      }
    }
    lock.path("packages").properties().forEach(e -> packages.put(baseKey(e.getKey()), e.getValue()));
    JsonNode importers = lock.path("importers");
    if (!importers.isObject() || importers.isEmpty()) {
      importers = mapper().createObjectNode().set(".", lock);
    }
    importers.properties().forEach(e -> project(e.getKey(), manifests));
    packages.forEach(this::add);
    edges(lock.path("packages"));
    edges(lock.path("snapshots"));
    importers.properties().forEach(e -> directs(e.getKey(), e.getValue(), manifests));
    Detection.Builder out = Detection.builder().add(graph.build());
    shapes.forEach(n -> out.problem(LockfileProblems.shape(detector, file.path(), n)));
    if (!unresolved.isEmpty()) {
      // a truncated file can still be valid YAML: its importers then name packages it no longer holds
      var first = unresolved.entrySet().iterator().next();
      out.problem(LockfileProblems.shape(detector, file.path(), new ShapeNote(first.getValue(),
          unresolved.size() + " dependencies name a package that the lockfile does not hold (first: "
              + first.getKey() + "): the file is truncated or inconsistent")));
    }
    return out.build();
  }

  private void project(String importer, Manifests manifests) {
    String folder = folderOf(importer);
    Component c = manifests.find(folder).map(pj -> NpmProjects.of(detector, pj))
        .orElseGet(() -> NpmProjects.project(detector, null, null, file.path(), 0, folder, null));
    graph.project(c);
    projectRefs.put(folder, c.ref());
  }

  private void add(String key, JsonNode entry) {
    PnpmKey k = PnpmKey.parse(key, entry);
    NpmPackages.Installed p = new NpmPackages.Installed(k.name(), k.version(), gitSource(entry),
        entry.path("resolution").path("integrity").asText(null), null, null);
    String ref = p.ref();
    refsByKey.put(key, ref);
    Component.Builder b = graph.node(ref, () -> NpmPackages.builder(detector, file.path(), lines.lineOf(key), p, key));
    if (entry.path("optional").asBoolean(false)) {
      b.optional(true);
    }
    if (entry.has("dev")) {
      graph.statedScope(ref, entry.path("dev").asBoolean() ? Scope.BUILD : Scope.RUNTIME);
    }
  }

  private void edges(JsonNode section) {
    section.properties().forEach(e -> {
      String from = refsByKey.get(baseKey(e.getKey()));
      if (from == null) {
        return;
      }
      for (String map : List.of("dependencies", "optionalDependencies")) {
        e.getValue().path(map).properties().forEach(d -> {
          Optional<String> to = target(d.getKey(), d.getValue().asText(), "");
          to.ifPresent(t -> graph.edge(from, t));
          if (to.isEmpty()) {
            missing(d.getKey(), d.getValue().asText(), lines.lineOf(baseKey(e.getKey())));
          }
        });
      }
    });
  }

  private void directs(String importer, JsonNode deps, Manifests manifests) {
    String folder = folderOf(importer);
    String from = projectRefs.get(folder);
    Optional<PackageJson> pj = manifests.find(folder);
    for (String map : List.of("dependencies", "devDependencies", "optionalDependencies")) {
      Scope scope = map.equals("devDependencies") ? Scope.BUILD : Scope.RUNTIME;
      for (Iterator<Map.Entry<String, JsonNode>> it = deps.path(map).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> d = it.next();
        JsonNode v = d.getValue();
        String version = v.isObject() ? v.path("version").asText() : v.asText();
        Optional<String> to = target(d.getKey(), version, folder);
        to.ifPresent(ref -> graph.direct(from, ref, scope));
        if (to.isEmpty()) {
          missing(d.getKey(), version, lines.lineOf("importers/" + importer));
        }
        to.ifPresent(ref -> pj
            .flatMap(m -> m.dependency(d.getKey()).map(dep -> NpmProjects.declaredAt(detector, m, dep)))
            .ifPresent(ev -> graph.declaredAt(ref, ev)));
      }
    }
  }

  /** A dependency without its package entry; links to folders and skipped optional packages are not missing. */
  private void missing(String name, String version, int line) {
    if (version.startsWith("link:") || version.startsWith("file:") || version.isEmpty()) {
      return;
    }
    unresolved.putIfAbsent(name + "@" + version, line);
  }

  /** The ref a dependency resolves to; {@code link:} versions point at a project folder. */
  private Optional<String> target(String name, String version, String importerFolder) {
    if (version.startsWith("link:")) {
      return SafeFiles.resolveInside(importerFolder.isEmpty() ? "x" : importerFolder + "/x", version.substring(5))
          .map(projectRefs::get);
    }
    String v = baseKey(version);
    for (String key : List.of(v, name + "@" + v, name + "/" + v)) {
      String ref = refsByKey.get(key);
      if (ref != null) {
        return Optional.of(ref);
      }
    }
    return Optional.empty();
  }

  private String folderOf(String importer) {
    String dir = file.directory();
    if (importer.equals(".") || importer.isEmpty()) {
      return dir;
    }
    return java.nio.file.Path.of(dir.isEmpty() ? importer : dir + "/" + importer).normalize().toString()
        .replace('\\', '/');
  }

  private static String gitSource(JsonNode entry) {
    JsonNode res = entry.path("resolution");
    if (res.has("repo") && res.has("commit")) {
      String repo = res.path("repo").asText();
      return (repo.startsWith("git+") || repo.startsWith("git://") ? repo : "git+" + repo) + "#"
          + res.path("commit").asText();
    }
    return null;
  }

  /** A key without the leading {@code /} and without peer suffixes, the same for v5, v6 and v9. */
  static String baseKey(String key) {
    String k = key.startsWith("/") ? key.substring(1) : key;
    int paren = k.indexOf('(');
    return paren > 0 ? k.substring(0, paren) : k;
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper();
  }
}

package nl.autonomy.core.detect.gradle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.support.TomlTrees;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.SourceText;

/**
 * A Gradle version catalog ({@code gradle/libs.versions.toml}): {@code [versions]},
 * {@code [libraries]} (string notation, {@code module}, or {@code group} + {@code name}; a version
 * as a string, {@code version.ref} or a rich {@code {strictly, require, prefer}} table),
 * {@code [bundles]} and {@code [plugins]}. Entries are looked up by their accessor path:
 * {@code spring-boot-starter} is {@code libs.spring.boot.starter} in a build script.
 *
 * @param name the catalog's accessor name, from the file name ({@code libs})
 * @param versions {@code [versions]} by alias, for {@code libs.versions.x.get()} in build scripts
 */
record VersionCatalog(String name, String path, Map<String, String> versions, Map<String, Library> libraries,
    Map<String, List<String>> bundles, Map<String, Library> plugins) {

  /** A library or plugin ({@code group} is the plugin id for plugins) and the line defining it. */
  record Library(Coordinate coordinate, int line) {
  }

  private static final TomlMapper TOML = new TomlMapper();

  static VersionCatalog parse(SourceText text) throws IOException, LockfileSyntaxException {
    JsonNode root = TomlTrees.read(TOML, text.content());
    String file = text.path().substring(text.path().lastIndexOf('/') + 1);
    String name = file.substring(0, file.indexOf('.'));
    Map<String, String> versions = new HashMap<>();
    root.path("versions").fields().forEachRemaining(e -> versions.put(e.getKey(), richVersion(e.getValue())));
    Map<String, Library> libraries = new HashMap<>();
    for (var it = root.path("libraries").fields(); it.hasNext(); ) {
      var e = it.next();
      int line = lineOfKey(text, "libraries", e.getKey());
      libraries.put(accessor(e.getKey()), new Library(library(e.getKey(), e.getValue(), versions, line), line));
    }
    Map<String, List<String>> bundles = new HashMap<>();
    root.path("bundles").fields().forEachRemaining(e -> {
      List<String> members = new ArrayList<>();
      e.getValue().forEach(m -> members.add(accessor(m.asText())));
      bundles.put(accessor(e.getKey()), members);
    });
    Map<String, Library> plugins = new HashMap<>();
    for (var it = root.path("plugins").fields(); it.hasNext(); ) {
      var e = it.next();
      int line = lineOfKey(text, "plugins", e.getKey());
      JsonNode p = e.getValue();
      String id = p.isTextual() ? p.asText().split(":")[0] : p.path("id").asText(null);
      String version = p.isTextual() ? (p.asText().contains(":") ? p.asText().split(":", 2)[1] : null) : version(p, versions);
      if (id == null) {
        throw new LockfileSyntaxException(line, "plugin '" + e.getKey() + "' has no id");
      }
      plugins.put(accessor(e.getKey()), new Library(new Coordinate(id, id + ".gradle.plugin", version), line));
    }
    return new VersionCatalog(name, text.path(), versions, libraries, bundles, plugins);
  }

  /** Gradle normalises {@code -}, {@code _} and {@code .} in aliases to accessor dots. */
  static String accessor(String alias) {
    return alias.replaceAll("[-_.]", ".");
  }

  /** {@code libs.versions.<accessor>} to its version, the way build scripts interpolate them. */
  Map<String, String> versionAccessors() {
    Map<String, String> out = new HashMap<>();
    versions.forEach((alias, v) -> {
      if (v != null) {
        out.put(name + ".versions." + accessor(alias), v);
      }
    });
    return out;
  }

  Optional<Library> library(String accessorPath) {
    return Optional.ofNullable(libraries.get(accessorPath));
  }

  private static Coordinate library(String alias, JsonNode node, Map<String, String> versions, int line)
      throws LockfileSyntaxException {
    if (node.isTextual()) {
      return Coordinate.parse(node.asText())
          .orElseThrow(() -> new LockfileSyntaxException(line, "library '" + alias + "' is not 'group:name:version'"));
    }
    String group;
    String artifact;
    if (node.hasNonNull("module")) {
      String[] parts = node.get("module").asText().split(":");
      if (parts.length != 2) {
        throw new LockfileSyntaxException(line, "library '" + alias + "' module must be 'group:name'");
      }
      group = parts[0];
      artifact = parts[1];
    } else if (node.hasNonNull("group") && node.hasNonNull("name")) {
      group = node.get("group").asText();
      artifact = node.get("name").asText();
    } else {
      throw new LockfileSyntaxException(line, "library '" + alias + "' needs 'module' or 'group' and 'name'");
    }
    return new Coordinate(group, artifact, version(node, versions));
  }

  private static String version(JsonNode node, Map<String, String> versions) {
    JsonNode v = node.path("version");
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.has("ref")) {
      return versions.get(v.get("ref").asText());
    }
    return v.isObject() ? richVersion(v) : null;
  }

  /** A rich version's single version: {@code strictly}, else {@code require}, else {@code prefer}. */
  private static String richVersion(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    for (String key : List.of("strictly", "require", "prefer")) {
      if (v.hasNonNull(key)) {
        return v.get(key).asText();
      }
    }
    return null;
  }

  /** The line defining {@code key} inside {@code [table]} (Jackson's TOML reader keeps no lines). */
  private static int lineOfKey(SourceText text, String table, String key) {
    boolean inTable = false;
    for (int n = 1; n <= text.lines().size(); n++) {
      String line = text.line(n).trim();
      if (line.startsWith("[")) {
        inTable = line.equals("[" + table + "]");
      } else if (inTable && (line.startsWith(key + " ") || line.startsWith(key + "=") || line.startsWith("\"" + key + "\""))) {
        return n;
      }
    }
    return 0;
  }
}

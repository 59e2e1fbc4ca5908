package nl.autonomy.core.detect.npm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.support.LineLocator;
import nl.autonomy.core.detect.support.ShapeNote;

/** The fields of one lockfile entry while it is streamed, then turned into a {@link LockEntry}. */
final class EntryFields {

  private String name;
  private String version;
  private String resolved;
  private String integrity;
  private final List<String> licenses = new ArrayList<>();
  private boolean dev;
  private boolean optional;
  private boolean devOptional;
  private boolean link;
  private final List<PackageJson.Dependency> dependencies = new ArrayList<>();
  private final StringPool pool;
  private final List<ShapeNote> shapes;

  /**
   * Fields whose type is prescribed and matters to the result: any other type there is reported,
   * never silently skipped (a numeric version would otherwise drop the package's version).
   */
  static final Map<String, String> TYPED = Map.of(
      "name", "a string", "version", "a string", "resolved", "a string", "integrity", "a string",
      "dependencies", "an object", "optionalDependencies", "an object", "devDependencies", "an object",
      "peerDependencies", "an object", "requires", "an object", "dev", "a boolean");

  EntryFields(StringPool pool, List<ShapeNote> shapes) {
    this.pool = pool;
    this.shapes = shapes;
  }

  void string(String field, String value) {
    switch (field) {
      case "name" -> name = value;
      case "version" -> version = value;
      case "resolved" -> resolved = value;
      case "integrity" -> integrity = value;
      case "license" -> licenses.add(pool.of(value));
      default -> { }
    }
  }

  void flag(String field, boolean value) {
    switch (field) {
      case "dev" -> dev = value;
      case "optional" -> optional = value;
      case "devOptional" -> devOptional = value;
      case "link" -> link = value;
      default -> { }
    }
  }

  void dependencies(JsonParser p, PackageJson.Kind kind) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String dep = pool.of(p.currentName());
      int line = LineLocator.line(p);
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_STRING) {
        dependencies.add(new PackageJson.Dependency(dep, pool.of(p.getText()), kind, line));
      } else {
        shapes.add(PackageLockReader.unexpected(p, "the dependency \"" + dep + "\"", "a version string", t));
        p.skipChildren();
      }
    }
  }

  /** Legacy {@code {"type": "MIT", "url": ...}} license objects. */
  void licenseObject(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      if (p.nextToken() == JsonToken.VALUE_STRING && field.equals("type")) {
        licenses.add(p.getText());
      } else {
        p.skipChildren();
      }
    }
  }

  LockEntry entry(String path, int line) {
    String real = name != null ? name : installedName(path);
    return new LockEntry(path, real, version, resolved, integrity, licenses, dev, optional, devOptional, link,
        dependencies, line);
  }

  /**
   * Version 1 spells aliases ({@code npm:real@1.0.0}), git sources ({@code git+https://...#sha}) and
   * local folders ({@code file:packages/a}) in {@code version}.
   */
  LockEntry legacyEntry(String path, int line) {
    String installed = installedName(path);
    String real = installed;
    String v = version;
    String from = resolved;
    boolean isLink = false;
    if (v != null && v.startsWith("npm:")) {
      String spec = v.substring(4);
      int at = spec.lastIndexOf('@');
      real = at > 0 ? spec.substring(0, at) : spec;
      v = at > 0 ? spec.substring(at + 1) : null;
    } else if (v != null && v.startsWith("file:")) {
      from = v.substring(5);
      v = null;
      isLink = true;
    } else if (v != null && NpmPackages.isGit(v)) {
      from = from != null ? from : v;
      int hash = v.lastIndexOf('#');
      v = hash >= 0 ? v.substring(hash + 1) : null;
    }
    return new LockEntry(path, real, v, from, integrity, licenses, dev, optional, false, isLink, dependencies, line);
  }

  private static String installedName(String path) {
    int i = path.lastIndexOf("node_modules/");
    return i < 0 ? path.substring(path.lastIndexOf('/') + 1) : path.substring(i + "node_modules/".length());
  }
}

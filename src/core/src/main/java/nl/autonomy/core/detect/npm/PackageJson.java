package nl.autonomy.core.detect.npm;

import java.util.List;
import java.util.Optional;

/**
 * What Autonomy needs from a {@code package.json}.
 *
 * @param path the file, relative to the scanned root
 * @param name package name, or null
 * @param version package version, or null
 * @param license the {@code license} field as written, or null
 * @param workspaces workspace folder patterns ({@code workspaces} array or {@code workspaces.packages})
 * @param dependencies declared dependencies in file order
 * @param nameLine line of the {@code name} field, 0 when absent
 */
record PackageJson(String path, String name, String version, String license, List<String> workspaces,
    List<Dependency> dependencies, int nameLine) {

  PackageJson {
    workspaces = List.copyOf(workspaces);
    dependencies = List.copyOf(dependencies);
  }

  /** The folder holding the file, relative to the root ({@code ""} at the root). */
  String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  Optional<Dependency> dependency(String depName) {
    return dependencies.stream().filter(d -> d.name().equals(depName)).findFirst();
  }

  /** Which dependency map an entry came from. */
  enum Kind {
    PROD("dependencies"), DEV("devDependencies"), OPTIONAL("optionalDependencies"), PEER("peerDependencies");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    String field() {
      return field;
    }

    static Optional<Kind> ofField(String field) {
      for (Kind k : values()) {
        if (k.field.equals(field)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** One declared dependency: {@code "name": "spec"} in one of the dependency maps. */
  record Dependency(String name, String spec, Kind kind, int line) {
  }
}

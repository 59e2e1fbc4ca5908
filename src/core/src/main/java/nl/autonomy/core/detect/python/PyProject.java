package nl.autonomy.core.detect.python;

import java.util.List;

/**
 * What a pyproject.toml (or Pipfile) declares.
 *
 * @param path the file, relative to the scanned root
 * @param name project name, or null
 * @param version project version, or null
 * @param license the project's declared license (PEP 639 expression, {@code license.text}, Poetry's), or null
 * @param nameLine line of the name, 0 when unknown
 * @param dependencies declared dependencies with the group they belong to
 */
record PyProject(String path, String name, String version, int nameLine, List<Declared> dependencies,
    String license) {

  PyProject {
    dependencies = List.copyOf(dependencies);
  }

  String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * One declared dependency.
   *
   * @param requirement the requirement (poetry's {@code ^1.2} is kept as its specifier)
   * @param group {@code main} for what ships, else the group or extra's name
   * @param optional an extra or poetry {@code optional = true}
   * @param line where it is declared
   */
  record Declared(Requirement requirement, String group, boolean optional, int line) {
  }
}

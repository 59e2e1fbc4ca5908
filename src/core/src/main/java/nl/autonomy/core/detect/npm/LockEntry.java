package nl.autonomy.core.detect.npm;

import java.util.List;

/**
 * One entry of a package-lock.json or npm-shrinkwrap.json: an installed package (key
 * {@code node_modules/a/node_modules/b}), a local package folder (a workspace, key
 * {@code packages/foo}) or a link from {@code node_modules} to one. Version 1 files are read into the
 * same shape, their nested {@code dependencies} turned into {@code node_modules} paths.
 *
 * @param path the key, relative to the lockfile's folder ({@code ""} for the root project)
 * @param name the real package name (differs from the folder name for aliases)
 * @param version the version, or null for link entries
 * @param resolved where it came from (registry tarball, git URL, {@code file:} path, link target)
 * @param integrity Subresource Integrity string, or null
 * @param licenses declared licenses
 * @param dev only needed by dev dependencies
 * @param optional only needed by optional dependencies
 * @param devOptional needed by dev dependencies, and optionally by runtime ones
 * @param link a link to the local folder named by {@code resolved}
 * @param dependencies what it depends on (names, with the map they came from)
 * @param line line of the entry's key
 */
record LockEntry(String path, String name, String version, String resolved, String integrity,
    List<String> licenses, boolean dev, boolean optional, boolean devOptional, boolean link,
    List<PackageJson.Dependency> dependencies, int line) {

  LockEntry {
    licenses = List.copyOf(licenses);
    dependencies = List.copyOf(dependencies);
  }

  /** A folder of the project itself rather than something installed into {@code node_modules}. */
  boolean local() {
    return !path.startsWith("node_modules/") && !path.contains("/node_modules/");
  }

  /** The name it is installed under: the last {@code node_modules/} segment of the path. */
  String installedName() {
    int i = path.lastIndexOf("node_modules/");
    return i < 0 ? name : path.substring(i + "node_modules/".length());
  }
}

package nl.autonomy.core.detect.npm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Scope;

/**
 * Turns package-lock entries into a graph. A dependency named by a package is found the way Node
 * finds it: in the package's own {@code node_modules}, then in each enclosing one up to the root.
 * Links point at local folders (workspaces), which are projects: edges to them join projects,
 * they are not external components.
 */
final class NpmTree {

  private final String detector;
  private final String lockPath;
  private final String lockDir;
  private final Map<String, LockEntry> byPath = new HashMap<>();
  private final Function<String, Optional<PackageJson>> manifests;
  private final GraphBuilder graph;
  private final Map<String, String> projectRefs = new HashMap<>();
  /** Refs by entry path: a purl is built once per entry, not once per edge that points at it. */
  private final Map<String, String> refsByPath = new HashMap<>();

  /**
   * @param manifests package.json by folder relative to the scanned root, for folders the lockfile
   *     names without describing them (version 1 {@code file:} dependencies)
   */
  NpmTree(String detector, String lockPath, String lockDir, List<LockEntry> entries,
      Function<String, Optional<PackageJson>> manifests, GraphBuilder graph) {
    this.detector = detector;
    this.lockPath = lockPath;
    this.lockDir = lockDir;
    this.manifests = manifests;
    this.graph = graph;
    entries.forEach(e -> byPath.put(e.path(), e));
  }

  /** Adds everything to the graph; {@code root} is the project the lockfile belongs to. */
  void build(Component root, List<PackageJson.Dependency> rootDependencies) {
    graph.project(root);
    projectRefs.put("", root.ref());
    for (LockEntry e : byPath.values()) {
      if (e.local() && !e.path().isEmpty() && !e.link()) {
        graph.project(localProject(e.path(), e));
      }
    }
    LockEntry rootEntry = byPath.get("");
    List<PackageJson.Dependency> declared = rootEntry != null && !rootEntry.dependencies().isEmpty()
        ? rootEntry.dependencies() : rootDependencies;
    directs("", root.ref(), declared);
    declarations("", lockDir);
    for (LockEntry e : byPath.values()) {
      if (e.path().isEmpty() || e.link()) {
        continue;
      }
      if (e.local()) {
        directs(e.path(), projectRef(e.path()), e.dependencies());
        declarations(e.path(), rooted(e.path()));
        continue;
      }
      String ref = add(e);
      for (PackageJson.Dependency d : e.dependencies()) {
        resolve(e.path(), d.name()).ifPresent(to -> graph.edge(ref, to));
      }
    }
  }

  private void directs(String fromPath, String fromRef, List<PackageJson.Dependency> deps) {
    for (PackageJson.Dependency d : deps) {
      Optional<String> to = resolve(fromPath, d.name());
      if (to.isPresent()) {
        graph.direct(fromRef, to.get(), NpmProjects.scopeOf(d.kind()));
      }
    }
  }

  /** The package.json lines that declare what the folder's dependencies resolved to. */
  private void declarations(String fromPath, String folder) {
    manifests.apply(folder).ifPresent(pj -> pj.dependencies().forEach(d ->
        resolve(fromPath, d.name()).ifPresent(ref -> graph.declaredAt(ref, NpmProjects.declaredAt(detector, pj, d)))));
  }

  private String rooted(String folder) {
    return java.nio.file.Path.of(lockDir.isEmpty() ? folder : lockDir + "/" + folder).normalize().toString()
        .replace('\\', '/');
  }

  private String add(LockEntry e) {
    NpmPackages.Installed p = new NpmPackages.Installed(e.name(), e.version(), e.resolved(), e.integrity(),
        e.licenses(), e.name().equals(e.installedName()) ? null : e.installedName());
    String ref = refOf(e);
    Component.Builder b = graph.node(ref, () -> NpmPackages.builder(detector, lockPath, e.line(), p,
        "\"" + e.path() + "\": " + (e.version() == null ? "" : e.version())));
    if (e.optional() || e.devOptional()) {
      b.optional(true);
    }
    graph.statedScope(ref, e.dev() && !e.devOptional() ? Scope.BUILD : Scope.RUNTIME);
    return ref;
  }

  /** The ref a dependency named {@code name} of the package at {@code from} resolves to, like Node does. */
  private Optional<String> resolve(String from, String name) {
    String dir = from;
    while (true) {
      String candidate = (dir.isEmpty() ? "" : dir + "/") + "node_modules/" + name;
      LockEntry hit = byPath.get(candidate);
      if (hit != null) {
        if (hit.link()) {
          return hit.resolved() == null ? Optional.empty() : Optional.of(linkTarget(hit.resolved()));
        }
        return Optional.of(refOf(hit));
      }
      if (dir.isEmpty()) {
        return Optional.empty();
      }
      int nm = dir.lastIndexOf("/node_modules/");
      dir = nm >= 0 ? dir.substring(0, nm) : "";
    }
  }

  private String refOf(LockEntry e) {
    return refsByPath.computeIfAbsent(e.path(), k -> new NpmPackages.Installed(e.name(), e.version(), e.resolved(),
        null, List.of(), null).ref());
  }

  private String linkTarget(String resolved) {
    String folder = resolved.startsWith("file:") ? resolved.substring(5) : resolved;
    folder = folder.replaceAll("/+$", "");
    return projectRef(folder);
  }

  private String projectRef(String folder) {
    String existing = projectRefs.get(folder);
    if (existing != null) {
      return existing;
    }
    Component p = localProject(folder, byPath.get(folder));
    graph.project(p);
    return p.ref();
  }

  private Component localProject(String folder, LockEntry entry) {
    String rooted = rooted(folder);
    Component c = manifests.apply(rooted).map(pj -> NpmProjects.of(detector, pj)).orElseGet(() ->
        NpmProjects.project(detector, entry == null ? null : entry.name(), entry == null ? null : entry.version(),
            lockPath, entry == null ? 0 : entry.line(), rooted,
            entry == null || entry.licenses().isEmpty() ? null : entry.licenses().get(0)));
    projectRefs.put(folder, c.ref());
    return c;
  }
}

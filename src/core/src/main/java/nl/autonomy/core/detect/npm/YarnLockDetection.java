package nl.autonomy.core.detect.npm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.detect.support.LockfileProblems;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * yarn.lock, classic and Berry. The lockfile maps descriptors ({@code name@range}) to resolved
 * packages but says nothing about which are direct or dev: that comes from the package.json of the
 * root and of its workspaces, and scopes propagate from there.
 */
final class YarnLockDetection {

  private final String detector;
  private final WorkspaceFile file;
  private final Map<String, YarnLockParser.Entry> byDescriptor = new HashMap<>();
  private final Map<String, String> workspaceRefs = new HashMap<>();
  private final GraphBuilder graph = new GraphBuilder();
  private final Manifests manifests;

  private YarnLockDetection(String detector, WorkspaceFile file, Manifests manifests) {
    this.detector = detector;
    this.file = file;
    this.manifests = manifests;
  }

  static Detection read(String detector, WorkspaceFile file, long maxBytes, Manifests manifests)
      throws IOException, LockfileSyntaxException {
    List<YarnLockParser.Entry> entries = YarnLockParser.parse(SafeFiles.readString(file, maxBytes));
    return new YarnLockDetection(detector, file, manifests).build(entries, manifests);
  }

  private Detection build(List<YarnLockParser.Entry> entries, Manifests manifests) {
    entries.forEach(e -> e.descriptors().forEach(d -> byDescriptor.put(d, e)));
    List<PackageJson> projects = new ArrayList<>();
    Optional<PackageJson> root = manifests.find(file.directory());
    root.ifPresent(r -> {
      projects.add(r);
      projects.addAll(manifests.workspaces(r));
    });
    Component rootProject = root.map(r -> NpmProjects.of(detector, r))
        .orElseGet(() -> NpmProjects.project(detector, null, null, file.path(), 0, file.directory(), null));
    graph.project(rootProject);
    for (PackageJson pj : projects) {
      Component c = NpmProjects.of(detector, pj);
      graph.project(c);
      if (pj.name() != null) {
        workspaceRefs.put(pj.name(), c.ref());
      }
    }
    Map<YarnLockParser.Entry, String> refs = new HashMap<>();
    for (YarnLockParser.Entry e : entries) {
      YarnPackage.of(e).ifPresent(p -> refs.put(e, add(e, p)));
    }
    for (Map.Entry<YarnLockParser.Entry, String> r : refs.entrySet()) {
      for (String map : List.of("dependencies", "optionalDependencies")) {
        r.getKey().maps().getOrDefault(map, Map.of()).forEach((name, range) ->
            target(name, range).ifPresent(to -> graph.edge(r.getValue(), to)));
      }
    }
    for (PackageJson pj : projects) {
      String from = NpmProjects.of(detector, pj).ref();
      for (PackageJson.Dependency d : pj.dependencies()) {
        Optional<String> to = target(d.name(), d.spec());
        if (to.isPresent()) {
          graph.direct(from, to.get(), NpmProjects.scopeOf(d.kind()));
          graph.declaredAt(to.get(), NpmProjects.declaredAt(detector, pj, d));
        } else if (d.kind() != PackageJson.Kind.PEER) {
          graph.problem(LockfileProblems.entry(detector, pj.path(), d.line(), "'" + d.name() + "@" + d.spec()
              + "' is declared but not in " + file.path() + ": the lockfile is out of date (run yarn install)"));
        }
      }
    }
    return graph.build();
  }

  private String add(YarnLockParser.Entry e, YarnPackage p) {
    for (String descriptor : e.descriptors()) {
      Optional<String> local = localProject(descriptor.substring(Math.min(descriptor.length(),
          YarnPackage.nameOf(descriptor).length() + 1)));
      if (local.isPresent()) {
        return local.get();
      }
    }
    if (p.workspace()) {
      return workspaceRefs.getOrDefault(p.installed().name(), p.installed().ref());
    }
    String ref = p.installed().ref();
    graph.node(ref, () -> NpmPackages.builder(detector, file.path(), e.line(), p.installed(),
        String.join(", ", e.descriptors())));
    return ref;
  }

  /**
   * A {@code file:}, {@code link:} or {@code portal:} range naming a folder of the project with a
   * package.json: that folder is a project, and the dependency an edge to it.
   */
  private Optional<String> localProject(String range) {
    Optional<String> folder = DeclaredPackages.localFolder(range.startsWith("portal:") ? "link:" + range.substring(7)
        : range);
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    String path = folder.get();
    int locator = path.indexOf("::");
    path = locator >= 0 ? path.substring(0, locator) : path;
    Optional<PackageJson> pj = SafeFiles.resolveInside(file.path(), path).flatMap(manifests::find);
    pj.ifPresent(m -> graph.project(NpmProjects.of(detector, m)));
    return pj.map(m -> NpmProjects.of(detector, m).ref());
  }

  /** The ref a dependency {@code name@range} resolves to in this lockfile. */
  private Optional<String> target(String name, String range) {
    Optional<String> local = localProject(range);
    if (local.isPresent()) {
      return local;
    }
    if (range.startsWith("workspace:") || range.startsWith("link:") || range.startsWith("portal:")) {
      return Optional.ofNullable(workspaceRefs.get(name));
    }
    YarnLockParser.Entry e = byDescriptor.get(name + "@" + range);
    if (e == null) {
      e = byDescriptor.get(name + "@npm:" + range);
    }
    if (e == null) {
      return Optional.ofNullable(workspaceRefs.get(name));
    }
    return YarnPackage.of(e)
        .map(p -> p.workspace() ? workspaceRefs.getOrDefault(p.installed().name(), p.installed().ref())
            : p.installed().ref());
  }
}

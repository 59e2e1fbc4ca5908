package nl.autonomy.core.detect.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Scope;

/**
 * The graph of one Python lockfile: its packages by normalised name (a lockfile may hold one name at
 * several versions for different environments), the project it locks, and the direct dependencies
 * the project's manifest declares.
 */
final class PyLockGraph {

  final String detector;
  final String file;
  final Component project;
  final GraphBuilder graph = new GraphBuilder();
  private final Map<String, List<String>> byName = new HashMap<>();

  PyLockGraph(String detector, String file, Component project) {
    this.detector = detector;
    this.file = file;
    this.project = project;
    graph.project(project);
  }

  /** Adds a locked package; returns its ref. */
  String add(String name, String version, String vcsUrl, int line, Scope statedScope, boolean optional) {
    Component.Builder probe = PyPackages.pinned(detector, EvidenceKind.LOCKFILE, file, line, name, version, vcsUrl,
        name + " " + version);
    Component built = probe.build();
    Component.Builder b = graph.node(built.ref(), () -> probe);
    if (optional) {
      b.optional(true);
    }
    if (statedScope != null) {
      graph.statedScope(built.ref(), statedScope);
    }
    byName.computeIfAbsent(PurlFactory.pypiName(name), k -> new ArrayList<>()).add(built.ref());
    return built.ref();
  }

  List<String> refs(String name) {
    return byName.getOrDefault(PurlFactory.pypiName(name), List.of());
  }

  void edge(String from, String toName) {
    refs(toName).forEach(to -> graph.edge(from, to));
  }

  /** The manifest's declared dependencies, matched by name to what the lockfile pinned. */
  void directs(Optional<PyProject> manifest) {
    manifest.ifPresent(m -> m.dependencies().forEach(d -> refs(d.requirement().name()).forEach(ref -> {
      graph.direct(project.ref(), ref, PyPackages.scopeOfGroup(d.group()));
      graph.declaredAt(ref, Evidences.manifest(detector, m.path(), d.line(),
          d.requirement().name() + " " + d.requirement().specifier()));
    })));
  }

  Detection build() {
    return graph.build();
  }
}

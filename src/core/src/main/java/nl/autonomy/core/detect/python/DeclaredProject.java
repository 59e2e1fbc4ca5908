package nl.autonomy.core.detect.python;

import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.detect.support.MissingLockfile;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.EvidenceKind;

/**
 * A pyproject.toml with no lockfile: each declared dependency is a component of its own, pinned when
 * the declaration pins one version and declared-only otherwise.
 */
final class DeclaredProject {

  private DeclaredProject() {
  }

  static Detection read(String detector, PyProject manifest, Component project) {
    GraphBuilder graph = new GraphBuilder();
    graph.project(project);
    if (!manifest.dependencies().isEmpty()) {
      graph.problem(MissingLockfile.warning(detector, manifest.path(), "poetry.lock, uv.lock or pdm.lock"));
    }
    for (PyProject.Declared d : manifest.dependencies()) {
      Requirement r = d.requirement();
      String excerpt = r.name() + (r.specifier().isEmpty() ? "" : " " + r.specifier());
      Component.Builder b = r.pinnedVersion() != null && r.url() == null
          ? PyPackages.pinned(detector, EvidenceKind.MANIFEST, manifest.path(), d.line(), r.name(), r.pinnedVersion(),
              null, excerpt)
          : PyPackages.declared(detector, manifest.path(), d.line(), r, excerpt);
      b.property(PyPackages.EXTRAS, r.extras().isEmpty() ? null : String.join(",", r.extras()))
          .property(PyPackages.MARKER, r.marker())
          .optional(d.optional());
      Component c = b.build();
      graph.node(c.ref(), () -> b);
      graph.direct(project.ref(), c.ref(), PyPackages.scopeOfGroup(d.group()));
    }
    return graph.build();
  }
}

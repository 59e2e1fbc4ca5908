package nl.autonomy.core.detect.npm;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.DeclaredOnly;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.detect.support.LockfileProblems;
import nl.autonomy.core.detect.support.MissingLockfile;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/**
 * A package.json with no lockfile: only what it declares is known, so each dependency is a
 * declared-only component (version null unless the range pins one exact version), marked
 * incomplete. Peer dependencies are left out: the host project supplies them.
 */
final class DeclaredPackages {

  private static final Pattern EXACT = Pattern.compile("^[=v]?(\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.\\-+]+)?)$");

  private DeclaredPackages() {
  }

  static Detection read(String detector, PackageJson pj, Manifests manifests) {
    GraphBuilder graph = new GraphBuilder();
    Component project = NpmProjects.of(detector, pj);
    graph.project(project);
    if (pj.dependencies().stream().anyMatch(d -> d.kind() != PackageJson.Kind.PEER)) {
      graph.problem(MissingLockfile.warning(detector, pj.path(), "package-lock.json, yarn.lock or pnpm-lock.yaml"));
    }
    for (PackageJson.Dependency d : pj.dependencies()) {
      if (d.kind() == PackageJson.Kind.PEER) {
        continue;
      }
      Optional<String> local = localFolder(d.spec());
      if (local.isPresent()) {
        String folder = SafeFiles.resolveInside(pj.path(), local.get()).orElse(null);
        Optional<PackageJson> target = folder == null ? Optional.empty() : manifests.find(folder);
        target.ifPresent(t -> graph.edge(project.ref(), NpmProjects.of(detector, t).ref()));
        continue;
      }
      try {
        String ref = declared(detector, pj, d, graph);
        graph.direct(project.ref(), ref, NpmProjects.scopeOf(d.kind()));
      } catch (IllegalArgumentException invalidName) {
        graph.problem(LockfileProblems.entry(detector,
            pj.path(), d.line(),
            "dependency '" + d.name() + "' has no valid package name: " + invalidName.getMessage()));
      }
    }
    return graph.build();
  }

  private static String declared(String detector, PackageJson pj, PackageJson.Dependency d, GraphBuilder graph) {
    String name = d.name();
    String range = d.spec();
    if (range.startsWith("npm:")) {
      String spec = range.substring(4);
      int at = spec.lastIndexOf('@');
      name = at > 0 ? spec.substring(0, at) : spec;
      range = at > 0 ? spec.substring(at + 1) : "*";
    }
    var m = EXACT.matcher(range.strip());
    String version = m.matches() ? m.group(1) : null;
    boolean git = NpmPackages.isGit(range) || range.matches("^[\\w.-]+/[\\w.-]+(#.*)?$");
    String ref = git ? PurlFactory.npm(name, null, Map.of("vcs_url", NpmPackages.vcsUrl(range)))
        : PurlFactory.npm(name, version);
    PurlFactory.NpmName n = PurlFactory.NpmName.parse(name);
    String finalName = name;
    Component.Builder b = graph.node(ref, () -> Component.builder(ref, Ecosystem.NPM, n.name())
        .purl(ref)
        .group(n.scope() == null ? null : "@" + n.scope())
        .version(version)
        .evidence(Evidences.manifest(detector, pj.path(), d.line(), "\"" + d.name() + "\": \"" + d.spec() + "\""))
        .property(NpmPackages.ALIAS, finalName.equals(d.name()) ? null : d.name()));
    DeclaredOnly.mark(b, d.spec());
    if (d.kind() == PackageJson.Kind.OPTIONAL) {
      b.optional(true);
    }
    return ref;
  }

  /** {@code file:}, {@code link:} and {@code workspace:} specs name the project's own folders. */
  static Optional<String> localFolder(String spec) {
    for (String prefix : new String[] {"file:", "link:"}) {
      if (spec.startsWith(prefix)) {
        return Optional.of(spec.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }
}

package nl.autonomy.core.detect.python;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.detect.support.LockfileProblems;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * A requirements file as components: {@code ==} pins (or pins from constraint files) are pinned
 * components, anything else is declared-only. When pip-compile's {@code # via} annotations are
 * present in a file they tell direct from transitive and give the edges; otherwise every line of
 * that file is direct, unless the file is an export of a lockfile next to it.
 */
final class RequirementsDetection {

  private RequirementsDetection() {
  }

  /**
   * @param exported the folder also holds a lockfile, so this file is an export of it ({@code poetry
   *     export}, {@code uv export}): the lockfile and its manifest know which packages are direct, a
   *     flat export does not
   */
  static Detection read(String detector, Path root, WorkspaceFile file, long maxBytes, boolean exported)
      throws IOException {
    RequirementsReader.Result result = new RequirementsReader(root, maxBytes).read(file.path());
    GraphBuilder graph = new GraphBuilder();
    java.util.Set<String> annotated = new java.util.HashSet<>();
    result.lines().stream().filter(l -> !l.via().isEmpty()).forEach(l -> annotated.add(l.file()));
    Map<String, String> refByName = new HashMap<>();
    for (RequirementsReader.Line l : result.lines()) {
      Requirement r = l.requirement();
      String pinned = r.pinnedVersion() != null ? r.pinnedVersion() : result.constraints().get(r.normalizedName());
      Component.Builder b = pinned != null && r.url() == null
          ? PyPackages.pinned(detector, EvidenceKind.LOCKFILE, l.file(), l.line(), r.name(), pinned, null, l.text())
          : PyPackages.declared(detector, l.file(), l.line(), r, l.text());
      onlyHash(l.hashes()).ifPresent(hex -> b.hash("SHA-256", hex));
      b.property(PyPackages.EXTRAS, r.extras().isEmpty() ? null : String.join(",", r.extras()))
          .property(PyPackages.MARKER, r.marker());
      Component c = b.build();
      boolean direct = !exported && !annotated.contains(l.file())
          || l.via().stream().anyMatch(v -> v.startsWith("-r") || v.startsWith("-c"));
      graph.node(c.ref(), () -> b);
      graph.statedScope(c.ref(), scopeOf(l.file()));
      if (direct) {
        graph.direct("requirements:" + file.path(), c.ref(), scopeOf(l.file()));
      }
      refByName.put(r.normalizedName(), c.ref());
    }
    for (RequirementsReader.Line l : result.lines()) {
      String to = refByName.get(l.requirement().normalizedName());
      l.via().stream().map(PurlFactory::pypiName).map(refByName::get).filter(java.util.Objects::nonNull)
          .forEach(from -> graph.edge(from, to));
    }
    result.warnings().forEach(w -> graph.problem(LockfileProblems.entry(detector, w.file(), w.line(), w.message())));
    Detection d = graph.build();
    // the pseudo-root only marks direct lines; a requirements file is no project and has no edges of its own
    return new Detection(d.projects(), d.components(),
        d.edges().stream().filter(e -> !e.from().startsWith("requirements:")).toList(), d.serviceUses(), d.problems());
  }

  /**
   * A requirement usually lists one hash per distribution file (a wheel per platform, the sdist):
   * none of them is the package's hash. Only a single SHA-256 identifies what gets installed.
   */
  static java.util.Optional<String> onlyHash(java.util.List<String> hashes) {
    if (hashes.size() != 1 || !hashes.get(0).startsWith("sha256:")) {
      return java.util.Optional.empty();
    }
    String hex = hashes.get(0).substring("sha256:".length()).toLowerCase(Locale.ROOT);
    return hex.matches("[0-9a-f]{64}") ? java.util.Optional.of(hex) : java.util.Optional.empty();
  }

  /** requirements-test.txt only tests, requirements-dev/lint/docs.txt only build; the rest ships. */
  static Scope scopeOf(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (name.contains("test")) {
      return Scope.TEST;
    }
    if (name.matches(".*(dev|lint|doc|build|ci|typing).*")) {
      return Scope.BUILD;
    }
    return Scope.RUNTIME;
  }
}

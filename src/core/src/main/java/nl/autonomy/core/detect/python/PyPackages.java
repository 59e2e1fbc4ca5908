package nl.autonomy.core.detect.python;

import java.util.Locale;
import java.util.Map;
import nl.autonomy.core.detect.support.DeclaredOnly;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Scope;

/** Builds PyPI components and projects the same way for every Python file format. */
final class PyPackages {

  static final String EXTRAS = "pypi.extras";
  static final String MARKER = "pypi.marker";

  private PyPackages() {
  }

  /** A package pinned by a lockfile or an {@code ==} requirement; {@code vcsUrl} for git sources. */
  static Component.Builder pinned(String detector, EvidenceKind kind, String file, int line, String name,
      String version, String vcsUrl, String excerpt) {
    String ref = PurlFactory.pypi(name, version, vcsUrl == null ? null : Map.of("vcs_url", vcsUrl));
    return Component.builder(ref, Ecosystem.PYPI, PurlFactory.pypiName(name))
        .purl(ref)
        .version(version)
        .evidence(Evidences.of(detector, kind, file, line, excerpt));
  }

  /** A requirement that pins nothing: name only, marked declared-only with its specifier. */
  static Component.Builder declared(String detector, String file, int line, Requirement r, String excerpt) {
    Map<String, String> q = r.url() == null ? null
        : Map.of(r.url().startsWith("git+") ? "vcs_url" : "download_url", r.url());
    String ref = PurlFactory.pypi(r.name(), null, q);
    Component.Builder b = Component.builder(ref, Ecosystem.PYPI, PurlFactory.pypiName(r.name()))
        .purl(ref)
        .evidence(Evidences.manifest(detector, file, line, excerpt));
    return DeclaredOnly.mark(b, r.url() != null ? "@ " + r.url() : r.specifier());
  }

  static Component project(String detector, String name, String version, String file, int line, String folder) {
    String fallback = folder.isEmpty() ? "root" : folder.substring(folder.lastIndexOf('/') + 1);
    String ref = name == null ? "project:pypi:" + (folder.isEmpty() ? "." : folder) : PurlFactory.pypi(name, version);
    return Component.builder(ref, Ecosystem.PYPI, name == null ? fallback : PurlFactory.pypiName(name))
        .purl(name == null ? null : ref)
        .version(version)
        .direct(true)
        .evidence(Evidences.manifest(detector, file, line, name == null ? file : "name = \"" + name + "\""))
        .build();
  }

  /**
   * The scope of a dependency group: the main group ships; a group about tests only tests; any other
   * group (dev, lint, docs, typing) only builds.
   */
  static Scope scopeOfGroup(String group) {
    if (group == null) {
      return Scope.RUNTIME;
    }
    String g = group.toLowerCase(Locale.ROOT);
    if (g.equals("main") || g.equals("default") || g.equals("project")) {
      return Scope.RUNTIME;
    }
    return g.contains("test") ? Scope.TEST : Scope.BUILD;
  }
}

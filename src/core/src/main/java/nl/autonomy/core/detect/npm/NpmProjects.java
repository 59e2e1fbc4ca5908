package nl.autonomy.core.detect.npm;

import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Scope;

/** The project's own packages (the root and its workspaces) as {@code Detection.projects} entries. */
final class NpmProjects {

  private NpmProjects() {
  }

  /**
   * A project component. Its ref is its purl when it has a name; a nameless package.json (common for
   * private apps) is named after its folder so that it still has a stable ref.
   */
  static Component project(String detector, String name, String version, String file, int line, String folder,
      String license) {
    String fallback = folder.isEmpty() ? "root" : folder.substring(folder.lastIndexOf('/') + 1);
    String pkg = name == null || name.isBlank() ? null : name;
    String ref;
    PurlFactory.NpmName n;
    try {
      ref = pkg == null ? null : PurlFactory.npm(pkg, version);
      n = PurlFactory.NpmName.parse(pkg == null ? fallback : pkg);
    } catch (IllegalArgumentException invalidName) {
      ref = null;
      n = new PurlFactory.NpmName(null, fallback);
    }
    Component.Builder b = Component.builder(ref != null ? ref : "project:npm:" + (folder.isEmpty() ? "." : folder),
            Ecosystem.NPM, n.name())
        .purl(ref)
        .group(n.scope() == null ? null : "@" + n.scope())
        .version(version)
        .scope(Scope.RUNTIME)
        .direct(true)
        .evidence(Evidences.manifest(detector, file, line, pkg == null ? "package.json" : "\"name\": \"" + pkg + "\""));
    if (license != null) {
      b.declaredLicense(NpmPackages.license(license));
    }
    return b.build();
  }

  static Component of(String detector, PackageJson pj) {
    return project(detector, pj.name(), pj.version(), pj.path(), pj.nameLine(), pj.directory(), pj.license());
  }

  /** Where a package.json declares a dependency. */
  static Evidence declaredAt(String detector, PackageJson pj, PackageJson.Dependency d) {
    return Evidences.manifest(detector, pj.path(), d.line(), "\"" + d.name() + "\": \"" + d.spec() + "\"");
  }

  /** The scope a dependency map gives its entries: dev dependencies only build (and test) the project. */
  static Scope scopeOf(PackageJson.Kind kind) {
    return kind == PackageJson.Kind.DEV ? Scope.BUILD : Scope.RUNTIME;
  }
}

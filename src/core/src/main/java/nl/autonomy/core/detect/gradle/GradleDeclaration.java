package nl.autonomy.core.detect.gradle;

import nl.autonomy.core.model.Scope;

/**
 * A dependency a build script declares.
 *
 * @param kind a library, a platform (BOM: imports versions, is no component) or a plugin
 * @param configuration the configuration it is declared in ({@code plugins} for plugins)
 * @param coordinate group, name and version as far as known
 * @param written the declaration as written, kept when its version could not be resolved
 * @param line line in the build script
 * @param catalogLine line in the version catalog when it came through a {@code libs.} accessor, else 0
 */
record GradleDeclaration(Kind kind, String configuration, Coordinate coordinate, String written, int line,
    int catalogLine) {

  enum Kind { LIBRARY, PLATFORM, PLUGIN }

  Scope scope() {
    return kind == Kind.PLUGIN ? Scope.BUILD : GradleConfigurations.of(configuration);
  }
}

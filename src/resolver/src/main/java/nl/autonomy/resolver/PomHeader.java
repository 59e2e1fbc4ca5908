package nl.autonomy.resolver;

import java.util.List;

/**
 * What reactor discovery needs from a pom.xml before any model is built: its own coordinates (as
 * written, with the parent's filling in what is inherited) and the modules it lists.
 *
 * @param path the pom's path relative to the scanned root, with {@code /}
 * @param groupId own or inherited groupId, may be null
 * @param artifactId artifactId, may be null in a broken pom
 * @param version own or inherited version, may be null or hold an expression
 * @param modules the {@code <module>} entries of {@code <modules>} and of profiles active by default
 * @param maven4 why this is a Maven 4 POM (model 4.1.0 and later: {@code <subprojects>}, parent and
 *     version inferred from the reactor), which Maven 3's model builder cannot read; null for a Maven 3 POM
 */
record PomHeader(String path, String groupId, String artifactId, String version, List<String> modules, String maven4) {

  PomHeader {
    modules = List.copyOf(modules);
  }

  PomHeader(String path, String groupId, String artifactId, String version, List<String> modules) {
    this(path, groupId, artifactId, version, modules, null);
  }

  /** {@code g:a:v} when the coordinates are complete and literal, else null. */
  String literalCoordinates() {
    if (groupId == null || artifactId == null || version == null
        || (groupId + artifactId + version).contains("${")) {
      return null;
    }
    return groupId + ":" + artifactId + ":" + version;
  }
}

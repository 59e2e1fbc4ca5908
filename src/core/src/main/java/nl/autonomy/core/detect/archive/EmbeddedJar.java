package nl.autonomy.core.detect.archive;

import java.util.List;
import java.util.Map;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.model.Scope;

/**
 * One Java archive (JAR, WAR, EAR) as read from the scanned tree or from inside another archive.
 *
 * @param location where it is: {@code lib/a.jar}, or {@code app.ear!/app.war!/WEB-INF/lib/a.jar}
 * @param file the walked file it was found in (itself at the top)
 * @param fileName its own file name
 * @param hashes SHA-1, SHA-256 and SHA-512 of its bytes as delivered
 * @param poms the pom.properties at its root (several in a shaded jar)
 * @param manifest its manifest's identity headers ({@link ManifestFacts#NONE} without one)
 * @param scope what it is for, judged from the walked file's path
 * @param opened false when it was hashed but not opened (beyond the nesting bound, too large)
 * @param copyrights the copyright statements of its own {@code META-INF/NOTICE} and {@code LICENSE}
 */
record EmbeddedJar(
    String location, String file, String fileName, Map<String, String> hashes, List<PomProperties> poms,
    ManifestFacts manifest, Scope scope, boolean opened, List<Copyright> copyrights) {

  EmbeddedJar {
    hashes = Map.copyOf(hashes);
    poms = List.copyOf(poms);
    copyrights = copyrights == null ? List.of() : List.copyOf(copyrights);
  }

  String sha1() {
    return hashes.get(nl.autonomy.core.source.Digests.SHA1);
  }

  /** The file's extension, as Maven's type: jar, war or ear. */
  String extension() {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "jar" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}

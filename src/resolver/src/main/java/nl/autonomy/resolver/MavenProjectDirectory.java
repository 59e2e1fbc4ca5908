package nl.autonomy.resolver;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maven's multi-module project directory for a reactor: the nearest folder holding a {@code .mvn}
 * folder, from the reactor root's folder upwards, as Maven's {@code mvn} script finds it. The
 * search stays inside the scanned folder.
 */
final class MavenProjectDirectory {

  private MavenProjectDirectory() {
  }

  /** The directory relative to {@code root} with {@code /} ({@code ""} for the root), or null when none. */
  static String of(Path root, String pom) {
    String dir = pom.contains("/") ? pom.substring(0, pom.lastIndexOf('/')) : "";
    while (true) {
      Path candidate = dir.isEmpty() ? root.resolve(".mvn") : root.resolve(dir).resolve(".mvn");
      if (Files.isDirectory(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return dir;
      }
      if (dir.isEmpty()) {
        return null;
      }
      dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
    }
  }
}

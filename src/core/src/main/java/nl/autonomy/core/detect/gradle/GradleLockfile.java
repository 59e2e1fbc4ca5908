package nl.autonomy.core.detect.gradle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.SourceText;

/**
 * A Gradle dependency lockfile: since Gradle 6.8 one {@code gradle.lockfile} per project, lines
 * {@code group:name:version=conf1,conf2} and {@code empty=...}; before, one file per
 * configuration under {@code gradle/dependency-locks/<configuration>.lockfile} with bare
 * coordinates. {@code buildscript-gradle.lockfile} locks the build script's classpath.
 */
final class GradleLockfile {

  /** One locked module and the configurations it is locked in. */
  record Entry(Coordinate coordinate, List<String> configurations, int line) {
  }

  private GradleLockfile() {
  }

  static List<Entry> parse(SourceText text) throws LockfileSyntaxException {
    String name = text.path().substring(text.path().lastIndexOf('/') + 1);
    List<String> fileConfigurations = name.equals("buildscript-gradle.lockfile") ? List.of("classpath")
        : name.equals("gradle.lockfile") ? List.of() : List.of(name.substring(0, name.length() - ".lockfile".length()));
    List<Entry> out = new ArrayList<>();
    for (int n = 1; n <= text.lines().size(); n++) {
      String line = text.line(n).trim();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("empty=")) {
        continue;
      }
      int eq = line.indexOf('=');
      String notation = eq < 0 ? line : line.substring(0, eq);
      List<String> configurations = eq < 0 ? fileConfigurations
          : Arrays.stream(line.substring(eq + 1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      Coordinate c = Coordinate.parse(notation).filter(x -> x.version() != null).orElse(null);
      if (c == null) {
        throw new LockfileSyntaxException(n, "not a locked 'group:name:version': " + notation);
      }
      if (configurations.isEmpty()) {
        throw new LockfileSyntaxException(n, "no configurations after '=' in: " + line);
      }
      out.add(new Entry(c, configurations, n));
    }
    return out;
  }
}

package nl.autonomy.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a codebase's {@code publiccode.yml} declares about itself that Autonomy can check: its name
 * and its {@code dependsOn} (publiccode.yml standard, {@code docs/standard/schema.core.rst}, section
 * dependsOn: the runtime, system-level dependencies — open, proprietary, hardware).
 *
 * @param file the path of the publiccode.yml, relative to the scanned root
 * @param name the software's {@code name}, or null
 * @param dependsOn every declared dependency, in file order
 */
public record PublicCode(String file, String name, List<Dependency> dependsOn) implements Comparable<PublicCode> {

  public PublicCode {
    Objects.requireNonNull(file, "file");
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
  }

  /** The three lists of {@code dependsOn}. */
  public enum Kind implements Identified {
    OPEN, PROPRIETARY, HARDWARE;

    @Override
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One {@code dependsOn} entry.
   *
   * @param kind the list it is in
   * @param name its name as written
   * @param version exact version, or null
   * @param versionMin lowest compatible version, or null
   * @param versionMax highest compatible version, or null
   * @param optional whether the software runs without it
   * @param line the line of its name in the file
   */
  public record Dependency(
      Kind kind, String name, String version, String versionMin, String versionMax, boolean optional, int line) {

    public Dependency {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }

  @Override
  public int compareTo(PublicCode o) {
    return file.compareTo(o.file);
  }
}

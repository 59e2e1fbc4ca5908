package nl.autonomy.core.detect.maven;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.autonomy.core.catalog.Versions;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * Applies imported BOMs to coordinates declared outside Maven, the one implementation both Maven
 * providers (the CLI's resolver, the Maven plugin) share: a declared coordinate without a version
 * takes the version the BOMs manage, and the BOMs' entries become the managed dependencies of the
 * whole graph. Where BOMs disagree, Gradle's rules decide: an {@code enforcedPlatform} wins, then
 * the last {@code mavenBom} of Spring's dependency-management plugin, then the highest version any
 * plain {@code platform()} (or a BOM of unknown kind, in declaration order) manages. A coordinate that still has no version is a problem that
 * says exactly what is missing, and which BOMs were asked.
 *
 * <p>Gradle's plain {@code platform()} differs in one case: when a transitive dependency asks for
 * a <em>higher</em> version than the platform's, Gradle takes the higher one, where managed
 * versions take the platform's. The components carry {@code autonomy:resolved-for=gradle}.
 */
public final class PlatformImports {

  /** The platform property naming how it was imported: {@code platform}, {@code enforcedPlatform}, {@code mavenBom}. */
  public static final String KIND = "gradle.platform";

  /** A version a BOM manages ({@code type} {@code jar} unless said). */
  public record ManagedVersion(String groupId, String artifactId, String type, String classifier, String version) {

    public String key() {
      return groupId + ":" + artifactId + ":" + (type == null || type.isEmpty() ? "jar" : type)
          + (classifier == null || classifier.isEmpty() ? "" : ":" + classifier);
    }
  }

  /**
   * @param versions the version of each declared component (by ref) that had none, from a BOM
   * @param managedBy the BOM ({@code g:a:v}) that gave each of those versions, by declared ref
   * @param managed every managed version, first BOM first, one per key
   * @param problems declared components that still lack a version (or a group)
   * @param unresolvable the refs of those declared components, which cannot be collected
   */
  public record Result(Map<String, String> versions, Map<String, String> managedBy, List<ManagedVersion> managed,
      List<Problem> problems, java.util.Set<String> unresolvable) {
  }

  private PlatformImports() {
  }

  /**
   * @param declared the declared components; a version comes from the purl
   * @param platforms the imported BOMs, in declaration order
   * @param contents what each BOM manages, by the BOM's {@link Component#ref()}; a BOM that could
   *     not be read is absent (the provider reports why)
   * @param source the problem source (the provider's id)
   */
  public static Result apply(List<Component> declared, List<Component> platforms,
      Map<String, List<ManagedVersion>> contents, String source) {
    Map<String, ManagedVersion> managed = new LinkedHashMap<>();
    Map<String, String> bomOf = new LinkedHashMap<>();
    // Gradle: an enforced platform's version beats everything (the first enforced one wins); Spring's
    // dependency-management plugin lets the last mavenBom imported win; among plain platforms the
    // highest version wins, as Gradle's conflict resolution treats their constraints
    for (Component bom : platforms) {
      if ("enforcedPlatform".equals(bom.properties().get(KIND))) {
        for (ManagedVersion v : contents.getOrDefault(bom.ref(), List.of())) {
          if (managed.putIfAbsent(v.key(), v) == null) {
            bomOf.put(v.key(), String.join(":", gav(bom)));
          }
        }
      }
    }
    List<Component> lastFirst = new ArrayList<>(platforms);
    java.util.Collections.reverse(lastFirst);
    for (Component bom : lastFirst) {
      if ("mavenBom".equals(bom.properties().get(KIND))) {
        for (ManagedVersion v : contents.getOrDefault(bom.ref(), List.of())) {
          if (managed.putIfAbsent(v.key(), v) == null) {
            bomOf.put(v.key(), String.join(":", gav(bom)));
          }
        }
      }
    }
    java.util.Set<String> fixed = new java.util.HashSet<>(managed.keySet());
    for (Component bom : platforms) {
      String kind = bom.properties().get(KIND);
      if ("enforcedPlatform".equals(kind) || "mavenBom".equals(kind)) {
        continue;
      }
      for (ManagedVersion v : contents.getOrDefault(bom.ref(), List.of())) {
        ManagedVersion current = managed.get(v.key());
        if (current == null || !fixed.contains(v.key()) && Versions.compare(v.version(), current.version()) > 0) {
          managed.put(v.key(), v);
          bomOf.put(v.key(), String.join(":", gav(bom)));
        }
      }
    }
    Map<String, String> versions = new LinkedHashMap<>();
    Map<String, String> managedBy = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    java.util.Set<String> unresolvable = new java.util.LinkedHashSet<>();
    for (Component c : declared) {
      String[] gav = gav(c);
      if (gav[0] != null && gav[2] != null && !gav[2].isBlank()) {
        continue;
      }
      ManagedVersion v = managed.get(gav[0] + ":" + gav[1] + ":jar");
      if (v == null) {
        v = managed.values().stream().filter(m -> m.groupId().equals(gav[0]) && m.artifactId().equals(gav[1]))
            .findFirst().orElse(null);
      }
      if (v != null && gav[0] != null) {
        versions.put(c.ref(), v.version());
        managedBy.put(c.ref(), bomOf.get(v.key()));
      } else {
        unresolvable.add(c.ref());
        problems.add(new Problem(Problem.Severity.ERROR, source, location(c), missing(c, platforms, contents),
            gav[0] == null ? gav[1] : gav[0] + ":" + gav[1]));
      }
    }
    return new Result(versions, managedBy, List.copyOf(managed.values()), problems, unresolvable);
  }

  /** What exactly is missing for a declared coordinate to resolve. */
  static String missing(Component c, List<Component> platforms, Map<String, List<ManagedVersion>> contents) {
    String[] gav = gav(c);
    if (gav[0] == null || gav[0].isBlank()) {
      return "cannot resolve " + gav[1] + ": it is declared without a group; its dependencies are missing";
    }
    String asked = platforms.isEmpty() ? "and this build imports no platform or BOM that could manage it"
        : "and none of the BOMs this build imports manages it ("
            + platforms.stream().map(p -> String.join(":", gav(p))
                + (contents.containsKey(p.ref()) ? "" : ", unreadable")).collect(Collectors.joining("; ")) + ")";
    return "cannot resolve " + gav[0] + ":" + gav[1] + ": it is declared without a version " + asked
        + "; its dependencies are missing";
  }

  /** Group, name and version from the component's purl (its fields where the purl says nothing). */
  static String[] gav(Component c) {
    try {
      PackageURL purl = new PackageURL(c.purl() != null ? c.purl() : c.ref());
      return new String[] {purl.getNamespace(), purl.getName(), purl.getVersion()};
    } catch (MalformedPackageURLException e) {
      return new String[] {c.group(), c.name(), c.version()};
    }
  }

  private static Location location(Component c) {
    return c.evidence().isEmpty() ? null : c.evidence().get(0).location();
  }
}

package nl.autonomy.maven;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.autonomy.core.model.Location;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;

/**
 * The declarations of one project's effective model, found through the input locations Maven
 * records while it builds the model: each dependency's pom.xml and line, and which POM's
 * dependencyManagement supplied a version. Keys are Maven's management keys
 * ({@code groupId:artifactId:type[:classifier]}).
 */
final class DeclarationIndex {

  private final Map<String, Declaration> declared;
  private final Map<String, String> managedBy;

  private DeclarationIndex(Map<String, Declaration> declared, Map<String, String> managedBy) {
    this.declared = declared;
    this.managedBy = managedBy;
  }

  /**
   * @param root the scanned root: locations outside it fall back to {@code fallbackPom}
   * @param fallbackPom the project's own pom.xml relative to the root
   */
  static DeclarationIndex of(List<Dependency> dependencies, List<Dependency> managed, Path root, String fallbackPom) {
    Map<String, String> managedBy = new HashMap<>();
    Map<String, InputLocation> managedVersion = new HashMap<>();
    for (Dependency m : managed) {
      InputLocation version = m.getLocation("version");
      if (version != null && version.getSource() != null) {
        managedBy.put(m.getManagementKey(), version.getSource().getModelId());
        managedVersion.put(m.getManagementKey(), version);
      }
    }
    Map<String, Declaration> declared = new HashMap<>();
    for (Dependency d : dependencies) {
      String key = d.getManagementKey();
      // Maven copies the managed entry's version location into the dependency it completes, so the
      // same location on both means the declaration had no version of its own
      InputLocation version = d.getLocation("version");
      String by = sameLocation(version, managedVersion.get(key)) ? managedBy.get(key) : null;
      declared.put(key, new Declaration(location(d.getLocation(""), root, fallbackPom), by));
    }
    return new DeclarationIndex(declared, managedBy);
  }

  /** Declarations made outside a POM (a Gradle script), located by key; none of them is managed. */
  static DeclarationIndex ofLocations(Map<String, Location> locations) {
    Map<String, Declaration> declared = new HashMap<>();
    locations.forEach((key, at) -> declared.put(key, new Declaration(at, null)));
    return new DeclarationIndex(declared, Map.of());
  }

  Optional<Declaration> declaration(String managementKey) {
    return Optional.ofNullable(declared.get(managementKey));
  }

  /** The model id of the POM whose dependencyManagement holds this key, if any. */
  Optional<String> managedBy(String managementKey) {
    return Optional.ofNullable(managedBy.get(managementKey));
  }

  private static boolean sameLocation(InputLocation a, InputLocation b) {
    if (a == null || b == null || a.getSource() == null || b.getSource() == null) {
      return false;
    }
    return a.getLineNumber() == b.getLineNumber() && a.getColumnNumber() == b.getColumnNumber()
        && Objects.equals(a.getSource().getModelId(), b.getSource().getModelId());
  }

  static Location location(InputLocation at, Path root, String fallbackPom) {
    if (at == null) {
      return Location.of(fallbackPom);
    }
    InputSource source = at.getSource();
    if (source == null || source.getLocation() == null) {
      return Location.of(fallbackPom, Math.max(0, at.getLineNumber()));
    }
    Path file = Path.of(source.getLocation()).toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    if (!file.startsWith(base)) {
      // declared in a parent POM outside the scanned tree (a corporate parent from a repository)
      return Location.of(fallbackPom);
    }
    return Location.of(base.relativize(file).toString().replace('\\', '/'), Math.max(0, at.getLineNumber()));
  }
}

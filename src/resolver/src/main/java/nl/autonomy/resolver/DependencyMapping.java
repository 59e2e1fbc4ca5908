package nl.autonomy.resolver;

import java.util.List;
import org.apache.maven.model.Model;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.artifact.DefaultArtifactType;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;

/** Maps Maven model dependencies to Resolver dependencies, types and exclusions included. */
final class DependencyMapping {

  private DependencyMapping() {
  }

  /** A declared dependency: no scope means compile. */
  static Dependency toResolver(org.apache.maven.model.Dependency d, ArtifactTypeRegistry types) {
    return toResolver(d, types, "compile");
  }

  /** A dependencyManagement entry: no scope means the scope is not managed. */
  static Dependency toManaged(org.apache.maven.model.Dependency d, ArtifactTypeRegistry types) {
    return toResolver(d, types, "");
  }

  private static Dependency toResolver(org.apache.maven.model.Dependency d, ArtifactTypeRegistry types,
      String defaultScope) {
    ArtifactType type = types.get(d.getType());
    if (type == null) {
      type = new DefaultArtifactType(d.getType());
    }
    String classifier = d.getClassifier() == null || d.getClassifier().isEmpty()
        ? type.getClassifier() : d.getClassifier();
    org.eclipse.aether.artifact.Artifact artifact = new DefaultArtifact(d.getGroupId(), d.getArtifactId(),
        classifier, type.getExtension(), d.getVersion(), type);
    if ("system".equals(d.getScope()) && d.getSystemPath() != null) {
      java.util.Map<String, String> properties = new java.util.HashMap<>(artifact.getProperties());
      properties.put(org.eclipse.aether.artifact.ArtifactProperties.LOCAL_PATH, d.getSystemPath());
      artifact = artifact.setProperties(properties);
    }
    List<Exclusion> exclusions = d.getExclusions().stream()
        .map(e -> new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*"))
        .toList();
    return new Dependency(artifact, d.getScope() == null || d.getScope().isEmpty() ? defaultScope : d.getScope(),
        d.getOptional() == null ? null : d.isOptional(), exclusions);
  }

  /** The project itself as the root of its graph, typed by its packaging. */
  static DefaultArtifact projectArtifact(Model model, ArtifactTypeRegistry types) {
    ArtifactType type = types.get(model.getPackaging());
    String extension = type == null ? "jar" : type.getExtension();
    return new DefaultArtifact(model.getGroupId(), model.getArtifactId(), "", extension, model.getVersion());
  }
}

package nl.autonomy.maven;

import java.util.Optional;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenGraphMapper;
import nl.autonomy.core.detect.maven.MavenGraphNode;
import nl.autonomy.core.detect.maven.MavenPomFacts;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;

/**
 * Maps the graph Maven resolved for one project with core's {@link MavenGraphMapper}, the mapping
 * the standalone resolver uses too: test-scoped dependencies only when asked, the project's
 * declarations from its effective model's input locations, licenses and organisation from each
 * dependency's POM, and transitive dependencies pointing at the project's pom.xml with the direct
 * dependency that brings them in.
 */
final class DependencyGraphMapper {

  static final String PREMANAGED_VERSION = MavenGraphMapper.PREMANAGED_VERSION;
  static final String MANAGED_BY = MavenGraphMapper.MANAGED_BY;
  static final String MAVEN_SCOPE = MavenGraphMapper.MAVEN_SCOPE;

  private final MavenGraphMapper mapper;

  DependencyGraphMapper(PomMetadataSource metadata, boolean includeTestScope) {
    this.mapper = new MavenGraphMapper(
        node -> {
          PomMetadata pom = metadata.of(artifact(node));
          return Optional.of(new MavenPomFacts(pom.licenses(), pom.organization(), java.util.List.of()));
        },
        node -> false,
        node -> {
          Dependency d = ((PluginGraphNode) node).node().getDependency();
          return d != null && artifact(node) != null && (includeTestScope || !"test".equals(d.getScope()));
        },
        java.util.Map.of());
  }

  /** Adds the graph's components and edges to {@code out}. */
  void map(ProjectGraph graph, Detection.Builder out) {
    mapper.map(graph.projectRef(), PluginGraphNode.root(graph.root()), new MavenGraphMapper.Declarations() {
      @Override
      public Optional<Location> declaration(MavenGraphNode direct) {
        return Optional.of(graph.declarations().declaration(managementKey(artifact(direct)))
            .map(Declaration::location).orElse(Location.of(graph.pomFile())));
      }

      @Override
      public Optional<String> directManagedBy(MavenGraphNode direct) {
        return graph.declarations().declaration(managementKey(artifact(direct))).map(Declaration::managedBy);
      }

      @Override
      public Optional<String> managedBy(MavenGraphNode node) {
        return graph.declarations().managedBy(managementKey(artifact(node)));
      }

      @Override
      public Optional<String> transitiveEvidenceFile() {
        return Optional.of(graph.pomFile());
      }
    }, new MavenGraphMapper.Sink() {
      @Override
      public void component(Component component) {
        out.component(component);
      }

      @Override
      public void edge(String from, String to) {
        out.edge(from, to);
      }
    });
  }

  /** Maven's dependencyManagement key: {@code groupId:artifactId:type[:classifier]}. */
  static String managementKey(Artifact a) {
    String type = a.getProperty("type", a.getExtension());
    String key = a.getGroupId() + ":" + a.getArtifactId() + ":" + type;
    return a.getClassifier().isEmpty() ? key : key + ":" + a.getClassifier();
  }

  private static Artifact artifact(MavenGraphNode node) {
    return ((PluginGraphNode) node).artifact();
  }
}

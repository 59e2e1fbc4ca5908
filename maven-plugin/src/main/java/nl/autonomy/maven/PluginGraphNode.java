package nl.autonomy.maven;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.maven.MavenGraphNode;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.DependencyNode;

/**
 * A node of the graph Maven resolved (the build's own Resolver) as core's {@link MavenGraphNode}.
 * One wrapper per node of a graph (a shared table), so a node reached twice is the same wrapper.
 */
final class PluginGraphNode implements MavenGraphNode {

  private final DependencyNode node;
  private final Map<DependencyNode, PluginGraphNode> graph;
  private List<PluginGraphNode> children;

  private PluginGraphNode(DependencyNode node, Map<DependencyNode, PluginGraphNode> graph) {
    this.node = node;
    this.graph = graph;
  }

  /** The root of a graph, from which every other node is wrapped as it is reached. */
  static PluginGraphNode root(DependencyNode root) {
    return of(root, new IdentityHashMap<>());
  }

  private static PluginGraphNode of(DependencyNode node, Map<DependencyNode, PluginGraphNode> graph) {
    return graph.computeIfAbsent(node, n -> new PluginGraphNode(n, graph));
  }

  DependencyNode node() {
    return node;
  }

  Artifact artifact() {
    return node.getArtifact();
  }

  @Override
  public String groupId() {
    return node.getArtifact().getGroupId();
  }

  @Override
  public String artifactId() {
    return node.getArtifact().getArtifactId();
  }

  @Override
  public String version() {
    return node.getArtifact().getVersion();
  }

  @Override
  public String classifier() {
    return node.getArtifact().getClassifier();
  }

  @Override
  public String extension() {
    return node.getArtifact().getExtension();
  }

  @Override
  public String scope() {
    return node.getDependency() == null ? "" : node.getDependency().getScope();
  }

  @Override
  public boolean optional() {
    return node.getDependency() != null && node.getDependency().isOptional();
  }

  @Override
  public String premanagedVersion() {
    return PremanagedVersions.of(node);
  }

  @Override
  public List<String> relocations() {
    return node.getRelocations().stream()
        .map(a -> a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion()).toList();
  }

  @Override
  public List<PluginGraphNode> children() {
    if (children == null) {
      List<PluginGraphNode> wrapped = new ArrayList<>();
      for (DependencyNode child : node.getChildren()) {
        wrapped.add(of(child, graph));
      }
      children = wrapped;
    }
    return children;
  }
}

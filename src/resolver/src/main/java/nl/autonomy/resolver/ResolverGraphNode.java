package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.maven.MavenGraphNode;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.util.graph.manager.DependencyManagerUtils;

/**
 * A Resolver 2.x graph node as core's {@link MavenGraphNode}. One wrapper per node of a graph (a
 * shared table), so a node reached twice is the same wrapper, as core's mapper expects.
 */
final class ResolverGraphNode implements MavenGraphNode {

  private final DependencyNode node;
  private final Map<DependencyNode, ResolverGraphNode> graph;
  private List<ResolverGraphNode> children;

  private ResolverGraphNode(DependencyNode node, Map<DependencyNode, ResolverGraphNode> graph) {
    this.node = node;
    this.graph = graph;
  }

  /** The root of a graph, from which every other node is wrapped as it is reached. */
  static ResolverGraphNode root(DependencyNode root) {
    return of(root, new IdentityHashMap<>());
  }

  private static ResolverGraphNode of(DependencyNode node, Map<DependencyNode, ResolverGraphNode> graph) {
    return graph.computeIfAbsent(node, n -> new ResolverGraphNode(n, graph));
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
    return DependencyManagerUtils.getPremanagedVersion(node);
  }

  @Override
  public List<String> relocations() {
    return node.getRelocations().stream().map(CollectProblems::coordinates).toList();
  }

  @Override
  public List<ResolverGraphNode> children() {
    if (children == null) {
      List<ResolverGraphNode> wrapped = new ArrayList<>();
      for (DependencyNode child : node.getChildren()) {
        wrapped.add(of(child, graph));
      }
      children = wrapped;
    }
    return children;
  }
}

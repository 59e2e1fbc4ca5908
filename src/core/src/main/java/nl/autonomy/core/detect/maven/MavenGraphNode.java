package nl.autonomy.core.detect.maven;

import java.util.List;

/**
 * One node of a dependency graph Maven's resolver built, as core sees it: the standalone resolver
 * (Resolver 2.x) and the Maven plugin (the build's own Resolver) each wrap their
 * {@code DependencyNode}s in it, so one {@link MavenGraphMapper} maps both.
 *
 * <p>Identity matters: a node reached on two paths must be the same object, as the resolver's
 * nodes are, so the mapper can tell a second visit (and a cycle) from a new node.
 */
public interface MavenGraphNode {

  String groupId();

  String artifactId();

  String version();

  /** Empty when none. */
  String classifier();

  /** The file type ({@code jar}, {@code pom}, …). */
  String extension();

  /** The Maven scope; empty or null means compile. */
  String scope();

  boolean optional();

  /** The version before dependencyManagement changed it, or null. */
  String premanagedVersion();

  /** The {@code g:a:v} coordinates this node was relocated from, in order; empty when none. */
  List<String> relocations();

  /** The dependencies of this node, in the resolver's order. */
  List<? extends MavenGraphNode> children();

  /** {@code group:artifact:version}. */
  default String coordinates() {
    return groupId() + ":" + artifactId() + ":" + version();
  }
}

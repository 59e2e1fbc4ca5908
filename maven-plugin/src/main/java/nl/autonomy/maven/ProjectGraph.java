package nl.autonomy.maven;

import java.util.Objects;
import org.eclipse.aether.graph.DependencyNode;

/**
 * One Maven project's resolved dependency graph with what is needed to map it.
 *
 * @param projectRef the purl of the project (edges start here)
 * @param pomFile the project's pom.xml relative to the scanned root
 * @param root the root of the graph Maven resolved (its children are the direct dependencies)
 * @param declarations where the project declares its dependencies and who manages their versions
 */
record ProjectGraph(String projectRef, String pomFile, DependencyNode root, DeclarationIndex declarations) {

  ProjectGraph {
    Objects.requireNonNull(projectRef, "projectRef");
    Objects.requireNonNull(pomFile, "pomFile");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(declarations, "declarations");
  }
}

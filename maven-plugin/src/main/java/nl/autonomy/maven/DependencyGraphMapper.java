package nl.autonomy.maven;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenDetector;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Scope;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;

/**
 * Maps the graph Maven resolved for one project to core's model, the way the standalone resolver
 * does: one component per artifact (ref = purl), the Maven scope as core scope and as property
 * {@code maven.scope}, direct for the project's own declarations (with the pom.xml line as
 * evidence), {@code maven.premanagedVersion} and {@code maven.managedBy} where dependencyManagement
 * changed or supplied a version, and the licenses and organization of the dependency's POM.
 */
final class DependencyGraphMapper {

  static final String PREMANAGED_VERSION = "maven.premanagedVersion";
  static final String MANAGED_BY = "maven.managedBy";
  static final String MAVEN_SCOPE = "maven.scope";

  private final PomMetadataSource metadata;
  private final boolean includeTestScope;

  DependencyGraphMapper(PomMetadataSource metadata, boolean includeTestScope) {
    this.metadata = metadata;
    this.includeTestScope = includeTestScope;
  }

  /** Adds the graph's components and edges to {@code out}. */
  void map(ProjectGraph graph, Detection.Builder out) {
    Set<DependencyNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (DependencyNode child : graph.root().getChildren()) {
      if (accepted(child)) {
        String ref = MavenPurls.of(child.getArtifact());
        out.edge(graph.projectRef(), ref);
        visit(graph, child, child, true, seen, out);
      }
    }
  }

  private void visit(ProjectGraph graph, DependencyNode node, DependencyNode directAncestor, boolean direct,
      Set<DependencyNode> seen, Detection.Builder out) {
    String ref = MavenPurls.of(node.getArtifact());
    out.component(component(graph, node, directAncestor, direct, ref));
    if (!seen.add(node)) {
      return;
    }
    for (DependencyNode child : node.getChildren()) {
      if (accepted(child)) {
        out.edge(ref, MavenPurls.of(child.getArtifact()));
        visit(graph, child, directAncestor, false, seen, out);
      }
    }
  }

  private boolean accepted(DependencyNode node) {
    Dependency d = node.getDependency();
    return d != null && node.getArtifact() != null && (includeTestScope || !"test".equals(d.getScope()));
  }

  private Component component(ProjectGraph graph, DependencyNode node, DependencyNode directAncestor,
      boolean direct, String ref) {
    Artifact a = node.getArtifact();
    Dependency d = node.getDependency();
    String key = managementKey(a);
    Component.Builder c = Component.builder(ref, Ecosystem.MAVEN, a.getArtifactId())
        .purl(ref)
        .group(a.getGroupId())
        .version(a.getVersion())
        .scope(Scope.fromMaven(d.getScope()))
        .direct(direct)
        .optional(d.isOptional())
        .property(MAVEN_SCOPE, d.getScope().isEmpty() ? "compile" : d.getScope());
    String premanaged = PremanagedVersions.of(node);
    if (premanaged != null && !premanaged.equals(a.getVersion())) {
      c.property(PREMANAGED_VERSION, premanaged);
      graph.declarations().managedBy(key).ifPresent(by -> c.property(MANAGED_BY, by));
    }
    if (direct) {
      Declaration declared = graph.declarations().declaration(key)
          .orElse(new Declaration(Location.of(graph.pomFile()), null));
      c.property(MANAGED_BY, declared.managedBy());
      c.evidence(Evidences.manifest(MavenDetector.ID, declared.location().file(), declared.location().line(),
          coordinates(a)));
    } else {
      c.evidence(Evidences.manifest(MavenDetector.ID, graph.pomFile(), 0,
          coordinates(a) + " via " + coordinates(directAncestor.getArtifact())));
    }
    PomMetadata pom = metadata.of(a);
    c.declaredLicenses(pom.licenses());
    if (pom.organization() != null) {
      c.organization(pom.organization());
    }
    return c.build();
  }

  /** Maven's dependencyManagement key: {@code groupId:artifactId:type[:classifier]}. */
  static String managementKey(Artifact a) {
    String type = a.getProperty("type", a.getExtension());
    String key = a.getGroupId() + ":" + a.getArtifactId() + ":" + type;
    return a.getClassifier().isEmpty() ? key : key + ":" + a.getClassifier();
  }

  private static String coordinates(Artifact a) {
    return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion();
  }
}

package nl.autonomy.resolver;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.PathRoles;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.util.graph.manager.DependencyManagerUtils;

/**
 * Turns a resolved graph into core components and edges: every node a component (its purl the
 * ref), every parent-child link an edge, reactor modules linked by their own refs. Direct
 * dependencies carry the pom.xml and line that declared them as evidence.
 */
final class GraphMapper {

  static final String MAVEN_SCOPE = "maven.scope";
  static final String PREMANAGED_VERSION = "maven.premanagedVersion";
  static final String MANAGED_BY = "maven.managedBy";
  static final String RELOCATED_FROM = "maven.relocatedFrom";
  static final String DEVELOPER_ORGANIZATIONS = "maven.developers.organization";
  static final String INCOMPLETE = "autonomy:incomplete";

  private final PomFactsCollector facts;
  private final ReactorWorkspaceReader workspace;
  private final DetectionCollector out;
  private final Map<String, String> extraProperties;

  GraphMapper(PomFactsCollector facts, ReactorWorkspaceReader workspace, DetectionCollector out,
      Map<String, String> extraProperties) {
    this.facts = facts;
    this.workspace = workspace;
    this.out = out;
    this.extraProperties = Map.copyOf(extraProperties);
  }

  /** Maps the graph below {@code root}, whose edges start at {@code fromRef}. */
  void map(String fromRef, DependencyNode root, GraphCollector.Outcome outcome) {
    Set<DependencyNode> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (DependencyNode child : root.getChildren()) {
      visit(fromRef, child, 1, outcome, seen);
    }
    for (CollectProblems.Unresolved u : outcome.unresolved()) {
      out.problem(u.problem());
      if (u.dependency() != null) {
        String ref = Purls.of(u.dependency().getArtifact());
        String parent = u.requester() == null ? fromRef : Purls.of(u.requester());
        out.markIncomplete(ref, () -> base(u.dependency().getArtifact(), u.dependency().getScope(),
            u.requester() == null, u.dependency().isOptional()).build());
        out.edge(parent, ref);
      }
    }
  }

  private void visit(String parentRef, DependencyNode node, int depth, GraphCollector.Outcome outcome,
      Set<DependencyNode> seen) {
    Artifact artifact = node.getArtifact();
    String ref = Purls.of(artifact);
    out.edge(parentRef, ref);
    if (!seen.add(node)) {
      return;
    }
    if (!workspace.contains(artifact)) {
      out.component(component(node, depth, outcome));
    }
    for (DependencyNode child : node.getChildren()) {
      visit(ref, child, depth + 1, outcome, seen);
    }
  }

  private Component component(DependencyNode node, int depth, GraphCollector.Outcome outcome) {
    Artifact artifact = node.getArtifact();
    String key = GraphKeys.of(artifact);
    Component.Builder b = base(artifact, node.getDependency().getScope(), depth == 1,
        node.getDependency().isOptional());
    String premanaged = DependencyManagerUtils.getPremanagedVersion(node);
    if (depth == 1) {
      b.property(MANAGED_BY, outcome.directManagedBy().get(key));
      Location declared = outcome.declarations().get(key);
      if (declared != null) {
        b.evidence(new Evidence(ResolverMavenGraphProvider.SOURCE, EvidenceKind.MANIFEST, declared,
            artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion(), 1.0,
            PathRoles.scopeOf(declared.file())));
      }
    } else if (premanaged != null) {
      b.property(PREMANAGED_VERSION, premanaged);
      b.property(MANAGED_BY, outcome.managedBy().get(key));
    }
    if (!node.getRelocations().isEmpty()) {
      b.property(RELOCATED_FROM, node.getRelocations().stream()
          .map(CollectProblems::coordinates).collect(Collectors.joining(", ")));
    }
    facts.get(artifact).ifPresent(f -> {
      b.declaredLicenses(f.licenses());
      b.organization(f.organization());
      if (!f.developerOrganizations().isEmpty()) {
        b.property(DEVELOPER_ORGANIZATIONS, String.join(", ", f.developerOrganizations()));
      }
    });
    return b.build();
  }

  Component.Builder base(Artifact artifact, String mavenScope, boolean direct, boolean optional) {
    String scope = mavenScope == null || mavenScope.isEmpty() ? "compile" : mavenScope;
    String purl = Purls.of(artifact);
    Component.Builder b = Component.builder(purl, Ecosystem.MAVEN, artifact.getArtifactId())
        .purl(purl)
        .group(artifact.getGroupId())
        .version(artifact.getVersion())
        .scope(Scope.fromMaven(scope))
        .direct(direct)
        .optional(optional)
        .property(MAVEN_SCOPE, scope);
    extraProperties.forEach(b::property);
    return b;
  }
}

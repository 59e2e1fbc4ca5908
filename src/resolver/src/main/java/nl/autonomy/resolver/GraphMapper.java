package nl.autonomy.resolver;

import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.maven.MavenGraphMapper;
import nl.autonomy.core.detect.maven.MavenGraphNode;
import nl.autonomy.core.detect.maven.MavenPomFacts;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.PropertyNames;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.DependencyNode;

/**
 * Maps a graph this module resolved with core's {@link MavenGraphMapper} (the one mapping the
 * Maven plugin uses too): reactor modules are linked by their own refs and get no component here,
 * the licenses and organisation come from the POMs resolution read; then what could not be
 * resolved is marked {@code autonomy:incomplete}.
 */
final class GraphMapper {

  static final String MAVEN_SCOPE = MavenGraphMapper.MAVEN_SCOPE;
  static final String DEVELOPER_ORGANIZATIONS = MavenGraphMapper.DEVELOPER_ORGANIZATIONS;
  static final String INCOMPLETE = PropertyNames.INCOMPLETE;

  private final DetectionCollector out;
  private final MavenGraphMapper mapper;
  private final MavenGraphMapper.Sink sink;

  GraphMapper(PomFactsCollector facts, ReactorWorkspaceReader workspace, DetectionCollector out,
      Map<String, String> extraProperties) {
    this.out = out;
    this.mapper = new MavenGraphMapper(
        node -> facts.get(artifact(node))
            .map(f -> new MavenPomFacts(f.licenses(), f.organization(), f.developerOrganizations())),
        node -> workspace.contains(artifact(node)),
        node -> true,
        extraProperties);
    this.sink = new MavenGraphMapper.Sink() {
      @Override
      public void component(Component component) {
        out.component(component);
      }

      @Override
      public void edge(String from, String to) {
        out.edge(from, to);
      }
    };
  }

  /** Maps the graph below {@code root}, whose edges start at {@code fromRef}. */
  void map(String fromRef, DependencyNode root, GraphCollector.Outcome outcome) {
    mapper.map(fromRef, ResolverGraphNode.root(root), declarations(outcome), sink);
    for (CollectProblems.Unresolved u : outcome.unresolved()) {
      out.problem(u.problem());
      if (u.dependency() != null) {
        Artifact a = u.dependency().getArtifact();
        String ref = Purls.of(a);
        String parent = u.requester() == null ? fromRef : Purls.of(u.requester());
        out.markIncomplete(ref, () -> mapper.base(a.getGroupId(), a.getArtifactId(), a.getVersion(), ref,
            u.dependency().getScope(), u.requester() == null, u.dependency().isOptional()).build());
        out.edge(parent, ref);
      }
    }
  }

  private static MavenGraphMapper.Declarations declarations(GraphCollector.Outcome outcome) {
    return new MavenGraphMapper.Declarations() {
      @Override
      public Optional<Location> declaration(MavenGraphNode direct) {
        return Optional.ofNullable(outcome.declarations().get(GraphKeys.of(artifact(direct))));
      }

      @Override
      public Optional<String> directManagedBy(MavenGraphNode direct) {
        return Optional.ofNullable(outcome.directManagedBy().get(GraphKeys.of(artifact(direct))));
      }

      @Override
      public Optional<String> managedBy(MavenGraphNode node) {
        return Optional.ofNullable(outcome.managedBy().get(GraphKeys.of(artifact(node))));
      }
    };
  }

  private static Artifact artifact(MavenGraphNode node) {
    return ((ResolverGraphNode) node).artifact();
  }
}

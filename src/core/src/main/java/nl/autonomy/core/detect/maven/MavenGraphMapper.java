package nl.autonomy.core.detect.maven;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.PathRoles;

/**
 * Turns a resolved Maven graph into core components and edges, for the standalone resolver and
 * the Maven plugin alike: every node a component (its purl the ref) with the Maven scope as core
 * scope and as {@code maven.scope}, every parent-child link an edge; direct dependencies carry the
 * pom.xml line that declared them as evidence and the POM whose dependencyManagement gave their
 * version ({@code maven.managedBy}); transitive ones whose version dependencyManagement changed
 * carry {@code maven.premanagedVersion} and {@code maven.managedBy}; relocations and the facts of
 * each dependency's POM (licenses, organisation, developers' organisations) complete it.
 *
 * <p>Each node is mapped once (a node reached again, or in a cycle, only adds the edge). Projects
 * of the scanned reactor get edges but no component here: their caller describes them.
 */
public final class MavenGraphMapper {

  public static final String MAVEN_SCOPE = "maven.scope";
  public static final String PREMANAGED_VERSION = "maven.premanagedVersion";
  public static final String MANAGED_BY = "maven.managedBy";
  public static final String RELOCATED_FROM = "maven.relocatedFrom";
  public static final String DEVELOPER_ORGANIZATIONS = "maven.developers.organization";

  /** What the project whose graph is mapped says about its own declarations. */
  public interface Declarations {

    /** Where the project declares this direct dependency, if known. */
    Optional<Location> declaration(MavenGraphNode direct);

    /** The model ({@code g:a:v}) whose dependencyManagement gave this direct dependency its version. */
    Optional<String> directManagedBy(MavenGraphNode direct);

    /** The model ({@code g:a:v}) whose dependencyManagement manages this node's version. */
    Optional<String> managedBy(MavenGraphNode node);

    /**
     * The pom.xml that transitive dependencies name as evidence ({@code g:a:v via} the direct
     * dependency that brings them in), or empty for no evidence on transitive dependencies (the
     * standalone resolver: a reactor's graphs would repeat it for every module).
     */
    default Optional<String> transitiveEvidenceFile() {
      return Optional.empty();
    }
  }

  /** Where the components and edges go. */
  public interface Sink {

    void component(Component component);

    void edge(String from, String to);
  }

  private final Function<MavenGraphNode, Optional<MavenPomFacts>> pomFacts;
  private final Predicate<MavenGraphNode> reactorProject;
  private final Predicate<MavenGraphNode> included;
  private final Map<String, String> extraProperties;

  /**
   * @param pomFacts the facts of a node's POM (read anyway by resolution)
   * @param reactorProject whether a node is a project of the scanned reactor (no component of its own)
   * @param included whether a node (and what only it brings in) belongs in the result at all
   * @param extraProperties added to every component (a marker of where the graph came from)
   */
  public MavenGraphMapper(Function<MavenGraphNode, Optional<MavenPomFacts>> pomFacts,
      Predicate<MavenGraphNode> reactorProject, Predicate<MavenGraphNode> included,
      Map<String, String> extraProperties) {
    this.pomFacts = pomFacts;
    this.reactorProject = reactorProject;
    this.included = included;
    this.extraProperties = Map.copyOf(extraProperties);
  }

  /** Maps the graph below {@code root} (whose children are the direct dependencies); edges start at {@code fromRef}. */
  public void map(String fromRef, MavenGraphNode root, Declarations declarations, Sink out) {
    Set<MavenGraphNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (MavenGraphNode child : root.children()) {
      if (included.test(child)) {
        visit(fromRef, child, child, 1, declarations, seen, out);
      }
    }
  }

  private void visit(String parentRef, MavenGraphNode node, MavenGraphNode directAncestor, int depth,
      Declarations declarations, Set<MavenGraphNode> seen, Sink out) {
    String ref = MavenPurls.of(node);
    out.edge(parentRef, ref);
    if (!seen.add(node)) {
      return;
    }
    if (!reactorProject.test(node)) {
      out.component(component(node, ref, directAncestor, depth == 1, declarations));
    }
    for (MavenGraphNode child : node.children()) {
      if (included.test(child)) {
        visit(ref, child, directAncestor, depth + 1, declarations, seen, out);
      }
    }
  }

  private Component component(MavenGraphNode node, String ref, MavenGraphNode directAncestor, boolean direct,
      Declarations declarations) {
    Component.Builder b = base(node.groupId(), node.artifactId(), node.version(), ref, node.scope(), direct,
        node.optional());
    String premanaged = node.premanagedVersion();
    if (direct) {
      declarations.directManagedBy(node).ifPresent(by -> b.property(MANAGED_BY, by));
      declarations.declaration(node).ifPresent(at -> b.evidence(new Evidence(MavenDetector.ID,
          EvidenceKind.MANIFEST, at, node.coordinates(), 1.0, PathRoles.scopeOf(at.file()))));
    } else {
      // recorded whenever management set the version, also to the one it had: which BOM or
      // parent manages a dependency is worth knowing even when it agrees
      if (premanaged != null) {
        b.property(PREMANAGED_VERSION, premanaged);
        declarations.managedBy(node).ifPresent(by -> b.property(MANAGED_BY, by));
      }
      declarations.transitiveEvidenceFile().ifPresent(pom -> b.evidence(new Evidence(MavenDetector.ID,
          EvidenceKind.MANIFEST, Location.of(pom, 0), node.coordinates() + " via " + directAncestor.coordinates(),
          1.0, PathRoles.scopeOf(pom))));
    }
    if (!node.relocations().isEmpty()) {
      b.property(RELOCATED_FROM, String.join(", ", node.relocations()));
    }
    pomFacts.apply(node).ifPresent(f -> {
      b.declaredLicenses(f.licenses());
      if (f.organization() != null) {
        b.organization(f.organization());
      }
      if (!f.developerOrganizations().isEmpty()) {
        b.property(DEVELOPER_ORGANIZATIONS, String.join(", ", f.developerOrganizations()));
      }
    });
    return b.build();
  }

  /**
   * A Maven component with what every one carries: purl, coordinates, scope (empty or null is
   * compile), direct and optional, and the extra properties.
   */
  public Component.Builder base(String groupId, String artifactId, String version, String purl, String mavenScope,
      boolean direct, boolean optional) {
    String scope = mavenScope == null || mavenScope.isEmpty() ? "compile" : mavenScope;
    Component.Builder b = Component.builder(purl, Ecosystem.MAVEN, artifactId)
        .purl(purl)
        .group(groupId)
        .version(version)
        .scope(Scope.fromMaven(scope))
        .direct(direct)
        .optional(optional)
        .property(MAVEN_SCOPE, scope);
    extraProperties.forEach(b::property);
    return b;
  }
}

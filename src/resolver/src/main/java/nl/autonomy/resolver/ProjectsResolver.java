package nl.autonomy.resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.PathRoles;
import org.apache.maven.model.Model;

/**
 * Resolves the Maven projects of a scanned folder: finds the reactors, builds every member's
 * effective model (registering it in the workspace so siblings resolve to each other), then
 * collects and maps each member's graph. Reactor roots are the detection's projects; the other
 * members are components with the role {@link nl.autonomy.core.model.ComponentRole#MODULE}, linked from their root.
 */
final class ProjectsResolver {

  static final String PACKAGING = "maven.packaging";

  private final MavenProjectsRequest request;
  private final Path root;
  private final ModelLocations locations;

  ProjectsResolver(MavenProjectsRequest request) {
    this.request = request;
    this.root = request.root().toAbsolutePath().normalize();
    this.locations = new ModelLocations(root);
  }

  Detection resolve() {
    ReactorDiscovery.Result found = ReactorDiscovery.discover(root, request.pomFiles());
    DetectionCollector out = new DetectionCollector();
    out.problems(found.problems());
    // how Maven would be invoked on each reactor (.mvn/maven.config, jvm.config, the user's -D)
    Map<Reactor, MavenBuildConfig> configs = MavenConfigs.of(root, found.reactors(), request.options(), out);
    ReactorWorkspaceReader workspace = new ReactorWorkspaceReader();
    for (Reactor reactor : found.reactors()) {
      for (PomHeader member : reactor.members()) {
        workspace.register(member.groupId(), member.artifactId(),
            literal(MavenConfigs.interpolate(member.version(), configs.get(reactor))), root.resolve(member.path()));
      }
    }
    // reactors whose maven.config names other settings, or offline, get a session of their own
    for (Map.Entry<MavenBuildConfig, List<Reactor>> group : MavenConfigs.bySession(configs, request.options()).entrySet()) {
      MavenBuildConfig session = group.getKey();
      try (ResolutionContext context = new ResolutionContext(request.options(), workspace, session, Map.of())) {
        out.problems(context.settingsProblems());
        Map<String, Model> models = buildModels(group.getValue(), configs, context, workspace, out);
        Graphs graphs = new Graphs(context, out);
        for (Reactor reactor : group.getValue()) {
          Model rootModel = models.get(reactor.root().path());
          String rootRef = rootModel == null ? null : ref(rootModel, context);
          for (PomHeader member : reactor.members()) {
            Model model = models.get(member.path());
            if (model == null) {
              continue;
            }
            // without its root's model a reactor falls apart into projects of their own
            boolean isRoot = rootRef == null || member == reactor.root();
            Component project = projectComponent(model, member.path(), !isRoot, context);
            if (isRoot) {
              out.project(project);
            } else {
              out.component(project);
              out.edge(rootRef, project.ref());
            }
            graphs.add(project, model, member.path());
          }
        }
        graphs.mapAll();
      }
    }
    return out.build();
  }

  /** Collects, maps and (when asked) hashes the graph of each project. */
  private final class Graphs {
    private final DetectionCollector out;
    private final GraphCollector collector;
    private final GraphMapper mapper;
    private final ArtifactHasher hasher;
    private final Map<String, Map<String, String>> hashes = new TreeMap<>();
    private final List<Problem> hashProblems = new ArrayList<>();
    private final List<Project> pending = new ArrayList<>();

    Graphs(ResolutionContext context, DetectionCollector out) {
      this.out = out;
      this.collector = new GraphCollector(context, locations);
      this.mapper = new GraphMapper(context.facts(), context.workspace(), out, Map.of());
      this.hasher = request.options().hashes() ? new ArtifactHasher(context) : null;
    }

    void add(Component project, Model model, String pom) {
      pending.add(new Project(project, model, pom));
    }

    /**
     * Collects the projects' graphs in parallel (one repository session, its caches shared), at
     * most a few ahead of the mapping, and maps them one by one in reactor order, so the result
     * does not depend on which collection finishes first and few graphs are held at once.
     */
    void mapAll() {
      int threads = CollectionPool.threads();
      try (CollectionPool pool = new CollectionPool(threads)) {
        List<Future<GraphCollector.Outcome>> graphs = new ArrayList<>();
        int ahead = 2 * threads;
        for (int i = 0; i < pending.size(); i++) {
          while (graphs.size() < pending.size() && graphs.size() <= i + ahead) {
            Project next = pending.get(graphs.size());
            graphs.add(pool.submit(() -> collector.collect(next.model(), next.pom())));
          }
          Project p = pending.get(i);
          try {
            GraphCollector.Outcome graph = CollectionPool.await(graphs.get(i));
            graphs.set(i, null);
            mapper.map(p.component().ref(), graph.root(), graph);
            if (hasher != null) {
              hasher.hash(graph.root(), p.pom(), hashes, hashProblems);
            }
          } catch (RuntimeException e) {
            // one project's odd graph (say, a coordinate no purl can carry) must not lose the others
            out.problem(new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, Location.of(p.pom()),
                "cannot resolve the dependencies of " + p.component().coordinates()
                    + " (a bug in Autonomy, please report it): " + e, p.component().coordinates()));
          }
        }
      }
      applyHashes();
    }

    private void applyHashes() {
      out.problems(hashProblems);
      for (Component c : out.components()) {
        Map<String, String> h = hashes.get(c.ref());
        if (h != null) {
          Component.Builder b = c.toBuilder();
          h.forEach(b::hash);
          out.update(b.build());
        }
      }
    }
  }

  /** A project of the scan waiting for its graph. */
  private record Project(Component component, Model model, String pom) {
  }

  private Map<String, Model> buildModels(List<Reactor> reactors, Map<Reactor, MavenBuildConfig> configs,
      ResolutionContext context, ReactorWorkspaceReader workspace, DetectionCollector out) {
    EffectiveModelBuilder builder = new EffectiveModelBuilder(context, locations);
    Map<String, Model> models = new LinkedHashMap<>();
    java.util.Set<String> extensionsReported = new java.util.HashSet<>();
    for (Reactor reactor : reactors) {
      for (PomHeader member : reactor.members()) {
        if (member.maven4() != null) {
          out.problem(Maven4Poms.refusal(member));
          continue;
        }
        EffectiveModelBuilder.Outcome outcome = builder.build(member.path(), configs.get(reactor));
        out.problems(outcome.problems());
        if (outcome.model() != null) {
          Model m = outcome.model();
          models.put(member.path(), m);
          workspace.register(m, root.resolve(member.path()));
          out.problems(MavenExtensions.fromModel(m, member.path(), locations, extensionsReported));
        }
      }
    }
    return models;
  }

  private static String ref(Model model, ResolutionContext context) {
    return Purls.of(DependencyMapping.projectArtifact(model, context.session().getArtifactTypeRegistry()));
  }

  private static Component projectComponent(Model model, String pom, boolean module, ResolutionContext context) {
    String ref = ref(model, context);
    PomFacts facts = context.facts().facts(model);
    Component.Builder b = Component.builder(ref, Ecosystem.MAVEN, model.getArtifactId())
        .purl(ref)
        .group(model.getGroupId())
        .version(model.getVersion())
        .scope(Scope.RUNTIME)
        .direct(module)
        .declaredLicenses(facts.licenses())
        .organization(facts.organization())
        .property(PACKAGING, model.getPackaging())
        .evidence(new Evidence(ResolverMavenGraphProvider.SOURCE, EvidenceKind.MANIFEST, Location.of(pom),
            model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion(), 1.0,
            PathRoles.scopeOf(pom)));
    if (module) {
      b.role(ComponentRole.MODULE);
    }
    if (!facts.developerOrganizations().isEmpty()) {
      b.property(GraphMapper.DEVELOPER_ORGANIZATIONS, String.join(", ", facts.developerOrganizations()));
    }
    return b.build();
  }

  private static String literal(String version) {
    return version == null || version.contains("${") ? null : version;
  }
}

package nl.autonomy.resolver;

import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.maven.PlatformImports;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Scope;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectResult;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.graph.transformer.ConfigurableVersionSelector;

/**
 * Resolves coordinates declared outside Maven (a Gradle build) with Maven semantics. Each core scope
 * is collected as its own class path, as Gradle keeps its configurations apart; what only the build
 * uses is kept apart as {@link Scope#BUILD}. The BOMs the build imports ({@code platform()}, Spring's
 * dependency-management plugin) are read through the same Maven resolution and applied by
 * {@link PlatformImports}. For Gradle, version conflicts go to the highest version, as Gradle
 * resolves them, instead of Maven's nearest.
 */
final class CoordinatesResolver {

  static final String RESOLVED_FOR = PropertyNames.RESOLVED_FOR;

  private final MavenCoordinatesRequest request;

  CoordinatesResolver(MavenCoordinatesRequest request) {
    this.request = request;
  }

  Detection resolve() {
    DetectionCollector out = new DetectionCollector();
    Map<String, String> marker = request.resolvedFor() == null ? Map.of() : Map.of(RESOLVED_FOR, request.resolvedFor().id());
    Map<String, Object> config = request.resolvedFor() != null && request.resolvedFor().highestVersionWins()
        ? Map.of(ConfigurableVersionSelector.CONFIG_PROP_SELECTION_STRATEGY, ConfigurableVersionSelector.HIGHEST_SELECTION_STRATEGY)
        : Map.of();
    try (ResolutionContext context = new ResolutionContext(request.options(), new ReactorWorkspaceReader(),
        MavenBuildConfig.ofUser(request.options()), config)) {
      out.problems(context.settingsProblems());
      List<RemoteRepository> repositories = context.forResolution(repositories());
      PlatformImports.Result boms = ImportedBoms.read(request, context, repositories, out);
      out.problems(boms.problems());
      List<Dependency> managed = ImportedBoms.managed(boms, context);
      Map<Scope, List<Dependency>> byScope = new EnumMap<>(Scope.class);
      Map<String, Location> declarations = new HashMap<>();
      for (Component declared : request.declared()) {
        if (boms.unresolvable().contains(declared.ref())) {
          continue;
        }
        Dependency dependency = toDependency(declared, boms.versions().get(declared.ref()), context, out);
        if (dependency != null) {
          byScope.computeIfAbsent(declared.scope(), s -> new ArrayList<>()).add(dependency);
          declared.evidence().stream().findFirst()
              .ifPresent(e -> declarations.putIfAbsent(GraphKeys.of(dependency.getArtifact()), e.location()));
        }
      }
      for (Map.Entry<Scope, List<Dependency>> group : byScope.entrySet()) {
        DetectionCollector part = new DetectionCollector();
        CollectRequest collect = new CollectRequest(group.getValue(), managed, repositories)
            .setRequestContext(request.resolvedFor() == null ? "coordinates" : request.resolvedFor().id());
        CollectResult result;
        try {
          result = context.system().collectDependencies(context.session(), collect);
        } catch (DependencyCollectionException e) {
          result = e.getResult();
        }
        String pom = declarations.values().stream().findFirst().map(Location::file).orElse(request.project().ref());
        List<CollectProblems.Unresolved> unresolved = result.getExceptions().stream()
            .map(e -> CollectProblems.explain(e, pom, declarations)).toList();
        GraphCollector.Outcome outcome = new GraphCollector.Outcome(result.getRoot(), declarations,
            Map.of(), Map.of(), repositories, unresolved);
        new GraphMapper(context.facts(), context.workspace(), part, marker)
            .map(request.project().ref(), result.getRoot(), outcome);
        Detection d = part.build();
        d.components().forEach(c -> out.component(group.getKey() == Scope.BUILD ? c.toBuilder().scope(Scope.BUILD).build() : c));
        d.edges().forEach(e -> out.edge(e.from(), e.to()));
        out.problems(d.problems());
      }
    }
    return out.build();
  }

  private List<RemoteRepository> repositories() {
    List<RemoteRepository> out = new ArrayList<>(List.of(Repositories.central()));
    int i = 1;
    for (String url : request.repositories()) {
      if (url != null && !url.isBlank() && !url.replaceAll("/+$", "").equals(Repositories.CENTRAL_URL)) {
        out.add(new RemoteRepository.Builder("declared-" + i++, "default", url.strip()).build());
      }
    }
    return out;
  }

  private static Dependency toDependency(Component declared, String bomVersion, ResolutionContext context,
      DetectionCollector out) {
    Location at = declared.evidence().isEmpty() ? null : declared.evidence().get(0).location();
    PackageURL purl;
    try {
      purl = Purls.parse(declared.purl() != null ? declared.purl() : declared.ref());
    } catch (IllegalArgumentException e) {
      out.problem(new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, at,
          "cannot resolve " + declared.ref() + ": " + e.getMessage(), declared.ref()));
      return null;
    }
    String version = purl.getVersion() != null ? purl.getVersion() : bomVersion;
    if (purl.getNamespace() == null || version == null) {
      // PlatformImports has said what is missing for these
      return null;
    }
    Map<String, String> q = purl.getQualifiers() == null ? Map.of() : purl.getQualifiers();
    String typeName = q.getOrDefault("type", "jar");
    ArtifactType type = context.session().getArtifactTypeRegistry().get(typeName);
    String extension = type == null ? typeName : type.getExtension();
    String classifier = q.getOrDefault("classifier", type == null ? "" : type.getClassifier());
    DefaultArtifact artifact = new DefaultArtifact(purl.getNamespace(), purl.getName(), classifier, extension,
        version);
    String mavenScope = declared.properties().getOrDefault(GraphMapper.MAVEN_SCOPE, switch (declared.scope()) {
      case PROVIDED -> "provided";
      case TEST -> "test";
      default -> "compile";
    });
    return new Dependency(artifact, mavenScope, declared.optional());
  }
}

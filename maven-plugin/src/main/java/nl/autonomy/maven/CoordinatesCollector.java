package nl.autonomy.maven;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.maven.MavenDetector;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectResult;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;
import nl.autonomy.core.detect.maven.PlatformImports;

/**
 * Collects coordinates declared outside Maven (a Gradle build next to the pom) with Maven's own
 * repository system and the build's session, so mirrors, proxies, credentials and offline mode
 * apply as for the project itself. Each core scope is collected as its own class path, as Gradle
 * keeps its configurations apart; what only the build uses stays {@link Scope#BUILD}.
 */
final class CoordinatesCollector {

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> projectRepositories;
  private final DependencyGraphMapper mapper;

  CoordinatesCollector(RepositorySystem system, RepositorySystemSession session,
      List<RemoteRepository> projectRepositories, DependencyGraphMapper mapper) {
    this.system = system;
    this.session = session;
    this.projectRepositories = List.copyOf(projectRepositories);
    this.mapper = mapper;
  }

  Detection collect(MavenCoordinatesRequest request) {
    Detection.Builder out = Detection.builder();
    List<RemoteRepository> repositories = repositories(request);
    PlatformImports.Result boms = boms(request, repositories, out);
    boms.problems().forEach(out::problem);
    List<Dependency> managed = new ArrayList<>();
    for (PlatformImports.ManagedVersion v : boms.managed()) {
      ArtifactType type = session.getArtifactTypeRegistry().get(v.type() == null ? "jar" : v.type());
      managed.add(new Dependency(new DefaultArtifact(v.groupId(), v.artifactId(), v.classifier(),
          type == null ? v.type() : type.getExtension(), v.version()), null));
    }
    Map<Scope, List<Dependency>> byScope = new EnumMap<>(Scope.class);
    Map<String, Location> declarations = new HashMap<>();
    for (Component declared : request.declared()) {
      if (boms.unresolvable().contains(declared.ref())) {
        continue;
      }
      Location at = declared.evidence().isEmpty() ? null : declared.evidence().get(0).location();
      Dependency dependency = toDependency(declared, boms.versions().get(declared.ref()), at, out);
      if (dependency != null) {
        byScope.computeIfAbsent(declared.scope(), s -> new ArrayList<>()).add(dependency);
        if (at != null) {
          declarations.putIfAbsent(DependencyGraphMapper.managementKey(dependency.getArtifact()), at);
        }
      }
    }
    String script = declarations.values().stream().map(Location::file).sorted().findFirst()
        .orElse(request.project().ref());
    for (Map.Entry<Scope, List<Dependency>> group : byScope.entrySet()) {
      CollectResult result;
      try {
        result = system.collectDependencies(session, new CollectRequest(group.getValue(), managed, repositories));
      } catch (DependencyCollectionException e) {
        result = e.getResult();
      }
      for (Exception e : result.getExceptions()) {
        out.problem(new Problem(Problem.Severity.ERROR, MavenDetector.ID, Location.of(script),
            "Maven could not resolve every dependency declared here, so they are missing: " + e.getMessage(), null));
      }
      Detection.Builder part = Detection.builder();
      mapper.map(new ProjectGraph(request.project().ref(), script, result.getRoot(),
          DeclarationIndex.ofLocations(declarations)), part);
      Detection d = part.build();
      d.components().forEach(c -> out.component(
          group.getKey() == Scope.BUILD ? c.toBuilder().scope(Scope.BUILD).build() : c));
      d.edges().forEach(out::edge);
    }
    return out.build();
  }

  private List<RemoteRepository> repositories(MavenCoordinatesRequest request) {
    List<RemoteRepository> out = new ArrayList<>(projectRepositories);
    int i = 1;
    for (String url : request.repositories()) {
      if (url != null && !url.isBlank()) {
        out.add(new RemoteRepository.Builder("declared-" + i++, "default", url.strip()).build());
      }
    }
    // the declared ones get the session's mirrors, proxies and credentials too
    return system.newResolutionRepositories(session, out);
  }

  /** The imported BOMs read with Maven's own descriptor reader, applied as the CLI applies them. */
  private PlatformImports.Result boms(MavenCoordinatesRequest request, List<RemoteRepository> repositories,
      Detection.Builder out) {
    Map<String, List<PlatformImports.ManagedVersion>> contents = new HashMap<>();
    for (Component bom : request.platforms()) {
      Location at = bom.evidence().isEmpty() ? null : bom.evidence().get(0).location();
      if (bom.group() == null || bom.version() == null) {
        out.problem(new Problem(Problem.Severity.ERROR, MavenDetector.ID, at, "cannot import the BOM "
            + bom.coordinates() + ": its version is not known; the versions it manages are missing", bom.coordinates()));
        continue;
      }
      try {
        ArtifactDescriptorResult result = system.readArtifactDescriptor(session, new ArtifactDescriptorRequest(
            new DefaultArtifact(bom.group(), bom.name(), "", "pom", bom.version()), repositories, "import"));
        List<PlatformImports.ManagedVersion> managed = new ArrayList<>();
        for (Dependency d : result.getManagedDependencies()) {
          org.eclipse.aether.artifact.Artifact a = d.getArtifact();
          managed.add(new PlatformImports.ManagedVersion(a.getGroupId(), a.getArtifactId(),
              a.getProperty("type", a.getExtension()), a.getClassifier(), a.getVersion()));
        }
        contents.put(bom.ref(), managed);
      } catch (ArtifactDescriptorException e) {
        out.problem(new Problem(Problem.Severity.ERROR, MavenDetector.ID, at, "cannot read the BOM "
            + bom.coordinates() + ":" + bom.version() + ": the versions it manages are missing. Cause: " + e.getMessage(),
            bom.coordinates() + ":" + bom.version()));
      }
    }
    return PlatformImports.apply(request.declared(), request.platforms(), contents, MavenDetector.ID);
  }

  private Dependency toDependency(Component declared, String bomVersion, Location at, Detection.Builder out) {
    PackageURL purl;
    try {
      purl = new PackageURL(declared.purl() != null ? declared.purl() : declared.ref());
    } catch (MalformedPackageURLException e) {
      out.problem(new Problem(Problem.Severity.ERROR, MavenDetector.ID, at,
          "cannot resolve " + declared.ref() + ": " + e.getMessage(), declared.ref()));
      return null;
    }
    String version = purl.getVersion() != null ? purl.getVersion() : bomVersion;
    if (!"maven".equals(purl.getType())) {
      out.problem(new Problem(Problem.Severity.ERROR, MavenDetector.ID, at, "cannot resolve "
          + declared.coordinates() + ": it is not a Maven coordinate; its dependencies are missing",
          declared.coordinates()));
      return null;
    }
    if (purl.getNamespace() == null || version == null) {
      return null; // PlatformImports said what is missing
    }
    Map<String, String> q = purl.getQualifiers() == null ? Map.of() : purl.getQualifiers();
    String typeName = q.getOrDefault("type", "jar");
    ArtifactType type = session.getArtifactTypeRegistry().get(typeName);
    String classifier = q.getOrDefault("classifier", type == null ? "" : type.getClassifier());
    DefaultArtifact artifact = type == null
        ? new DefaultArtifact(purl.getNamespace(), purl.getName(), classifier, typeName, version)
        : new DefaultArtifact(purl.getNamespace(), purl.getName(), classifier, type.getExtension(),
            version, type);
    String mavenScope = declared.properties().getOrDefault(DependencyGraphMapper.MAVEN_SCOPE,
        switch (declared.scope()) {
          case PROVIDED -> "provided";
          case TEST -> "test";
          default -> "compile";
        });
    return new Dependency(artifact, mavenScope, declared.optional());
  }
}

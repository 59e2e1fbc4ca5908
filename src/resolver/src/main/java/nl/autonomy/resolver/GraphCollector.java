package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.autonomy.core.model.Location;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectResult;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Collects one project's transitive graph with Maven 3 semantics (scopes, optional, exclusions,
 * nearest wins, ranges, relocations), POMs only. The project's dependencyManagement (its own, its
 * parents' and its imported BOMs') manages the whole graph, as in a Maven build.
 */
final class GraphCollector {

  /**
   * @param root the project's resolved graph (partial when something failed)
   * @param declarations where each direct dependency was declared, by {@link GraphKeys}
   * @param directManagedBy for direct dependencies declared without a version: the model (g:a:v)
   *     whose dependencyManagement gave it, by {@link GraphKeys}
   * @param managedBy for every managed dependency: the model (g:a:v) that declared the managed
   *     version (the project, a parent or an imported BOM), by {@link GraphKeys}
   * @param repositories the repositories the graph was collected from
   * @param unresolved what could not be resolved, explained
   */
  record Outcome(DependencyNode root, Map<String, Location> declarations, Map<String, String> directManagedBy,
      Map<String, String> managedBy, List<RemoteRepository> repositories,
      List<CollectProblems.Unresolved> unresolved) {
  }

  private final ResolutionContext context;
  private final ModelLocations locations;

  GraphCollector(ResolutionContext context, ModelLocations locations) {
    this.context = context;
    this.locations = locations;
  }

  Outcome collect(Model model, String pom) {
    ArtifactTypeRegistry types = context.session().getArtifactTypeRegistry();
    Map<String, String> managedBy = new HashMap<>();
    Map<String, InputLocation> managedVersions = new HashMap<>();
    List<Dependency> managed = new ArrayList<>();
    if (model.getDependencyManagement() != null) {
      for (org.apache.maven.model.Dependency d : model.getDependencyManagement().getDependencies()) {
        Dependency dependency = DependencyMapping.toManaged(d, types);
        managed.add(dependency);
        String key = GraphKeys.of(dependency.getArtifact());
        String versionFrom = modelId(d.getLocation("version"));
        if (versionFrom != null && !managedBy.containsKey(key)) {
          managedBy.put(key, versionFrom);
          managedVersions.put(key, d.getLocation("version"));
        }
      }
    }
    Map<String, Location> declarations = new HashMap<>();
    Map<String, String> directManagedBy = new HashMap<>();
    List<Dependency> direct = new ArrayList<>();
    for (org.apache.maven.model.Dependency d : model.getDependencies()) {
      Dependency dependency = DependencyMapping.toResolver(d, types);
      direct.add(dependency);
      String key = GraphKeys.of(dependency.getArtifact());
      declarations.putIfAbsent(key, locations.of(d, pom));
      // the model builder copies the managed version together with its location into a
      // dependency declared without one: the same location means the version was managed
      if (sameLocation(d.getLocation("version"), managedVersions.get(key))) {
        directManagedBy.put(key, managedBy.get(key));
      }
    }
    List<RemoteRepository> repositories = context.forResolution(Repositories.of(model.getRepositories()));
    CollectRequest request = new CollectRequest()
        .setRootArtifact(DependencyMapping.projectArtifact(model, types))
        .setDependencies(direct)
        .setManagedDependencies(managed)
        .setRepositories(repositories)
        .setRequestContext("project");
    CollectResult result;
    try {
      result = context.system().collectDependencies(context.session(), request);
    } catch (DependencyCollectionException e) {
      result = e.getResult();
    }
    List<CollectProblems.Unresolved> unresolved = result.getExceptions().stream()
        .map(e -> CollectProblems.explain(e, pom, declarations)).toList();
    return new Outcome(result.getRoot(), declarations, directManagedBy, managedBy, repositories, unresolved);
  }

  private static boolean sameLocation(InputLocation a, InputLocation b) {
    return a != null && b != null && a.getLineNumber() == b.getLineNumber()
        && a.getColumnNumber() == b.getColumnNumber() && Objects.equals(modelId(a), modelId(b));
  }

  private static String modelId(InputLocation location) {
    if (location == null || location.getSource() == null) {
      return null;
    }
    String id = location.getSource().getModelId();
    return id == null || id.isBlank() ? null : id;
  }
}

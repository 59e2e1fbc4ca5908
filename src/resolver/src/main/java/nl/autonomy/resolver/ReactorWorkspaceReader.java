package nl.autonomy.resolver;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.model.Model;
import org.apache.maven.repository.internal.MavenWorkspaceReader;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.repository.WorkspaceRepository;

/**
 * Lets the projects of the scanned folder resolve to each other, as Maven's reactor does: a
 * module's pom is taken from the folder, never from a remote repository. Only POMs are served
 * (nothing is built), so a module's jar is never looked up remotely either. Once a module's
 * effective model is built it is served as such, as Maven's reactor serves its projects: a sibling
 * reached as a dependency then has the reactor's user properties and profiles ({@code -D}, {@code -P}
 * of {@code .mvn/maven.config}), not the defaults a dependency's POM would be read with.
 */
final class ReactorWorkspaceReader implements MavenWorkspaceReader {

  private final WorkspaceRepository repository = new WorkspaceRepository("autonomy-scan");
  private final Map<String, Path> poms = new ConcurrentHashMap<>();
  private final Map<String, Model> models = new ConcurrentHashMap<>();

  void register(String groupId, String artifactId, String version, Path pom) {
    if (groupId != null && artifactId != null && version != null) {
      poms.put(groupId + ":" + artifactId + ":" + version, pom);
    }
  }

  /** Serves a module's effective model to the artifact descriptor reader, as Maven's reactor does. */
  void register(Model model, Path pom) {
    register(model.getGroupId(), model.getArtifactId(), model.getVersion(), pom);
    if (model.getGroupId() != null && model.getArtifactId() != null && model.getVersion() != null) {
      models.put(model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion(), model);
    }
  }

  @Override
  public Model findModel(Artifact artifact) {
    return models.get(key(artifact));
  }

  boolean contains(Artifact artifact) {
    return poms.containsKey(key(artifact));
  }

  @Override
  public WorkspaceRepository getRepository() {
    return repository;
  }

  @Override
  public File findArtifact(Artifact artifact) {
    if (!"pom".equals(artifact.getExtension()) || !artifact.getClassifier().isEmpty()) {
      return null;
    }
    Path pom = poms.get(key(artifact));
    return pom == null ? null : pom.toFile();
  }

  @Override
  public List<String> findVersions(Artifact artifact) {
    String prefix = artifact.getGroupId() + ":" + artifact.getArtifactId() + ":";
    return poms.keySet().stream().filter(k -> k.startsWith(prefix))
        .map(k -> k.substring(prefix.length())).sorted().toList();
  }

  private static String key(Artifact a) {
    return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getBaseVersion();
  }
}

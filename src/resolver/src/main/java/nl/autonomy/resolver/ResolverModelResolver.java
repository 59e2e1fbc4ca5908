package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;

/**
 * Finds the parent and imported-BOM POMs of a project on disk for the model builder (Maven's own
 * {@code DefaultModelResolver} is not public). Repositories declared in the POMs are added as
 * the builder meets them, after the session's mirrors, proxies and credentials are applied, and
 * parent or BOM version ranges are resolved to their highest match, as Maven does.
 */
final class ResolverModelResolver implements ModelResolver {

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  ResolverModelResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = new ArrayList<>(repositories);
  }

  @Override
  public ModelSource resolveModel(String groupId, String artifactId, String version) throws UnresolvableModelException {
    Artifact pom = new DefaultArtifact(groupId, artifactId, "", "pom", version);
    try {
      return new FileModelSource(system.resolveArtifact(session,
          new ArtifactRequest(pom, repositories, null)).getArtifact().getFile());
    } catch (ArtifactResolutionException e) {
      throw new UnresolvableModelException(e.getMessage(), groupId, artifactId, version, e);
    }
  }

  @Override
  public ModelSource resolveModel(Parent parent) throws UnresolvableModelException {
    String version = highest(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
    parent.setVersion(version);
    return resolveModel(parent.getGroupId(), parent.getArtifactId(), version);
  }

  @Override
  public ModelSource resolveModel(Dependency dependency) throws UnresolvableModelException {
    String version = highest(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
    dependency.setVersion(version);
    return resolveModel(dependency.getGroupId(), dependency.getArtifactId(), version);
  }

  private String highest(String groupId, String artifactId, String version) throws UnresolvableModelException {
    if (version == null || !(version.startsWith("[") || version.startsWith("("))) {
      return version;
    }
    try {
      VersionRangeResult range = system.resolveVersionRange(session, new VersionRangeRequest(
          new DefaultArtifact(groupId, artifactId, "", "pom", version), repositories, null));
      if (range.getHighestVersion() == null) {
        throw new UnresolvableModelException("no version of " + groupId + ":" + artifactId
            + " matches " + version, groupId, artifactId, version);
      }
      return range.getHighestVersion().toString();
    } catch (VersionRangeResolutionException e) {
      throw new UnresolvableModelException(e.getMessage(), groupId, artifactId, version, e);
    }
  }

  @Override
  public void addRepository(Repository repository) {
    addRepository(repository, false);
  }

  @Override
  public void addRepository(Repository repository, boolean replace) {
    for (int i = 0; i < repositories.size(); i++) {
      if (repositories.get(i).getId().equals(repository.getId())) {
        if (replace) {
          repositories.remove(i);
          break;
        }
        return;
      }
    }
    repositories.addAll(system.newResolutionRepositories(session, List.of(Repositories.toRemote(repository))));
  }

  @Override
  public ModelResolver newCopy() {
    return new ResolverModelResolver(system, session, repositories);
  }
}

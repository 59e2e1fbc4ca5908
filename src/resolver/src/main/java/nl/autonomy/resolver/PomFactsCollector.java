package nl.autonomy.resolver;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.model.Model;
import org.apache.maven.repository.internal.ArtifactDescriptorReaderDelegate;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;

/**
 * Keeps the licenses and organisation of every dependency POM that resolution reads anyway. Maven's
 * descriptor reader builds each dependency's effective model and hands it to this delegate (set as
 * a session config property), so no POM is parsed twice.
 */
final class PomFactsCollector extends ArtifactDescriptorReaderDelegate {

  private final Map<String, PomFacts> byCoordinates = new ConcurrentHashMap<>();
  private final LicenseMapper licenses = new LicenseMapper();

  @Override
  public void populateResult(RepositorySystemSession session, ArtifactDescriptorResult result, Model model) {
    super.populateResult(session, result, model);
    PomFacts facts = licenses.facts(model);
    byCoordinates.put(key(result.getArtifact()), facts);
    byCoordinates.putIfAbsent(key(result.getRequest().getArtifact()), facts);
  }

  /** The facts of a model read elsewhere (a project of the scan), with the same license cache. */
  PomFacts facts(Model model) {
    return licenses.facts(model);
  }

  Optional<PomFacts> get(Artifact artifact) {
    return Optional.ofNullable(byCoordinates.get(key(artifact)));
  }

  private static String key(Artifact a) {
    return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion();
  }
}

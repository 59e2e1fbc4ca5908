package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Repository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;

/** Converts between Maven's model repositories and Resolver's remote repositories. */
final class Repositories {

  static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2";

  private Repositories() {
  }

  static RemoteRepository central() {
    return new RemoteRepository.Builder("central", "default", CENTRAL_URL)
        .setSnapshotPolicy(new RepositoryPolicy(false, RepositoryPolicy.UPDATE_POLICY_DAILY,
            RepositoryPolicy.CHECKSUM_POLICY_WARN))
        .build();
  }

  static RemoteRepository toRemote(Repository r) {
    return new RemoteRepository.Builder(r.getId(), r.getLayout() == null ? "default" : r.getLayout(), r.getUrl())
        .setReleasePolicy(policy(r.getReleases()))
        .setSnapshotPolicy(policy(r.getSnapshots()))
        .build();
  }

  /** The project's repositories (the super POM's central included), each id once, in order. */
  static List<RemoteRepository> of(List<Repository> declared) {
    Map<String, RemoteRepository> byId = new LinkedHashMap<>();
    for (Repository r : declared) {
      byId.putIfAbsent(r.getId(), toRemote(r));
    }
    byId.putIfAbsent("central", central());
    return new ArrayList<>(byId.values());
  }

  private static RepositoryPolicy policy(org.apache.maven.model.RepositoryPolicy p) {
    if (p == null) {
      return new RepositoryPolicy();
    }
    return new RepositoryPolicy(p.isEnabled(),
        p.getUpdatePolicy() == null ? RepositoryPolicy.UPDATE_POLICY_DAILY : p.getUpdatePolicy(),
        p.getChecksumPolicy() == null ? RepositoryPolicy.CHECKSUM_POLICY_WARN : p.getChecksumPolicy());
  }
}

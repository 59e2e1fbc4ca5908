package nl.autonomy.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * Downloads the artifacts of a resolved graph and computes their SHA-256 and SHA-512 (only when the
 * scan asks for hashes: POM-only collection is much faster). Reactor modules have no artifact to
 * hash (nothing is built) and system-scoped files are outside the repositories: both are skipped.
 */
final class ArtifactHasher {

  private final ResolutionContext context;

  ArtifactHasher(ResolutionContext context) {
    this.context = context;
  }

  /** Adds {@code purl -> (algorithm -> hex)} for every artifact of the graph to {@code hashes}. */
  void hash(DependencyNode root, String pom, Map<String, Map<String, String>> hashes, List<Problem> problems) {
    List<ArtifactRequest> requests = new ArrayList<>();
    Set<DependencyNode> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    collect(root, requests, seen, hashes.keySet());
    if (requests.isEmpty()) {
      return;
    }
    List<ArtifactResult> results;
    try {
      results = context.system().resolveArtifacts(context.session(), requests);
    } catch (ArtifactResolutionException e) {
      results = e.getResults();
    }
    for (ArtifactResult r : results) {
      String ref = Purls.of(r.getRequest().getArtifact());
      if (!r.isResolved() || r.getArtifact().getPath() == null) {
        problems.add(new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, Location.of(pom),
            "cannot download " + CollectProblems.coordinates(r.getRequest().getArtifact())
                + " to hash it: " + r.getExceptions().stream().findFirst().map(Exception::getMessage).orElse("not found"),
            CollectProblems.coordinates(r.getRequest().getArtifact())));
        continue;
      }
      try {
        hashes.put(ref, digests(r.getArtifact().getPath()));
      } catch (IOException e) {
        problems.add(new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, Location.of(pom),
            "cannot read " + r.getArtifact().getPath() + " to hash it: " + e, ref));
      }
    }
  }

  private void collect(DependencyNode node, List<ArtifactRequest> requests, Set<DependencyNode> seen,
      Set<String> done) {
    for (DependencyNode child : node.getChildren()) {
      if (!seen.add(child)) {
        continue;
      }
      boolean system = "system".equals(child.getDependency().getScope());
      if (!system && !context.workspace().contains(child.getArtifact())
          && !done.contains(Purls.of(child.getArtifact()))) {
        requests.add(new ArtifactRequest(child));
      }
      collect(child, requests, seen, done);
    }
  }

  static Map<String, String> digests(Path file) throws IOException {
    MessageDigest sha256 = digest("SHA-256");
    MessageDigest sha512 = digest("SHA-512");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha256.update(buffer, 0, n);
        sha512.update(buffer, 0, n);
      }
    }
    Map<String, String> out = new TreeMap<>();
    out.put("SHA-256", HexFormat.of().formatHex(sha256.digest()));
    out.put("SHA-512", HexFormat.of().formatHex(sha512.digest()));
    return out;
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has " + algorithm, e);
    }
  }
}

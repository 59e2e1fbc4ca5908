package nl.autonomy.resolver;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import org.eclipse.aether.RequestTrace;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.collection.CollectStepData;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.VersionRangeResolutionException;

/**
 * Explains a collection failure for a person: which coordinate could not be resolved, through which
 * chain of dependencies, and which {@code <dependency>} of which pom.xml (file and line) led to it.
 * The chain comes from the request trace the collector attaches to each step.
 */
final class CollectProblems {

  /** A dependency that could not be resolved, and the node that asked for it (null: the project). */
  record Unresolved(Dependency dependency, Artifact requester, Problem problem) {
  }

  private CollectProblems() {
  }

  static Unresolved explain(Exception e, String pom, Map<String, Location> declarations) {
    Artifact artifact = null;
    RequestTrace trace = null;
    String what;
    if (e instanceof ArtifactDescriptorException ade) {
      artifact = ade.getResult().getRequest().getArtifact();
      trace = ade.getResult().getRequest().getTrace();
      what = "cannot read the POM of " + coordinates(artifact) + " (missing, or its repository unreachable)";
    } else if (e instanceof VersionRangeResolutionException vre) {
      artifact = vre.getResult().getRequest().getArtifact();
      trace = vre.getResult().getRequest().getTrace();
      what = "no version of " + artifact.getGroupId() + ":" + artifact.getArtifactId() + " matches "
          + artifact.getVersion();
    } else {
      what = "dependency collection failed";
    }
    CollectStepData step = step(trace);
    Dependency failing = step == null ? null : step.getNode();
    List<DependencyNode> path = step == null ? List.of() : step.getPath();
    Dependency direct = path.stream().map(DependencyNode::getDependency)
        .filter(d -> d != null).findFirst().orElse(failing);
    Location at = direct == null ? Location.of(pom)
        : declarations.getOrDefault(GraphKeys.of(direct.getArtifact()), Location.of(pom));
    String chain = path.stream().map(DependencyNode::getArtifact).filter(a -> a != null)
        .map(CollectProblems::coordinates).collect(Collectors.joining(" -> "));
    String message = what + (chain.isEmpty() ? "" : ", needed through " + chain)
        + "; the graph below it is missing. Cause: " + rootCause(e);
    Problem problem = new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, at, message,
        artifact == null ? null : coordinates(artifact));
    Artifact requester = path.isEmpty() || path.size() == 1 ? null : path.get(path.size() - 1).getArtifact();
    return new Unresolved(failing, requester, problem);
  }

  private static CollectStepData step(RequestTrace trace) {
    for (RequestTrace t = trace; t != null; t = t.getParent()) {
      if (t.getData() instanceof CollectStepData data) {
        return data;
      }
    }
    return null;
  }

  static String coordinates(Artifact a) {
    return a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion();
  }

  /**
   * The transfer failure when there is one (it names the repository and its URL, and says why),
   * else the innermost cause.
   */
  private static String rootCause(Throwable e) {
    Throwable t = e;
    Throwable transfer = null;
    while (true) {
      if (t.getClass().getPackageName().equals("org.eclipse.aether.transfer")) {
        transfer = t;
      }
      if (t.getCause() == null || t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    Throwable chosen = transfer != null ? transfer : t;
    String m = chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
    return m.length() > 400 ? m.substring(0, 400) + "…" : m;
  }
}

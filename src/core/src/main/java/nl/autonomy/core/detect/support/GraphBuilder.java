package nl.autonomy.core.detect.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;

/**
 * Collects what one lockfile says, the same way for every format: packages (one per ref, however
 * often the file lists it), edges between them, the projects and their direct dependencies with
 * the scope they were declared in. {@link #build()} settles direct, scope and optional: a scope the
 * lockfile states wins, otherwise the scope is propagated from the direct dependencies.
 */
public final class GraphBuilder {

  private final Map<String, Component.Builder> nodes = new LinkedHashMap<>();
  private final Map<String, Scope> statedScopes = new HashMap<>();
  private final Map<String, Set<String>> edges = new TreeMap<>();
  private final Map<String, Scope> direct = new HashMap<>();
  private final Map<String, Component> projects = new LinkedHashMap<>();
  private final Set<String> projectRefs = new TreeSet<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, List<Evidence>> declarations = new HashMap<>();

  /** The builder of the package with that ref, created with {@code create} the first time. */
  public Component.Builder node(String ref, Supplier<Component.Builder> create) {
    return nodes.computeIfAbsent(ref, r -> create.get());
  }

  public boolean hasNode(String ref) {
    return nodes.containsKey(ref);
  }

  /** Records a scope the lockfile states for a package (npm's {@code dev} flag, poetry's groups). */
  public void statedScope(String ref, Scope scope) {
    statedScopes.merge(ref, scope, GraphBuilder::widest);
  }

  public void project(Component project) {
    projects.putIfAbsent(project.ref(), project);
    projectRefs.add(project.ref());
  }

  public boolean isProject(String ref) {
    return projectRefs.contains(ref);
  }

  public void edge(String from, String to) {
    if (!from.equals(to)) {
      edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
    }
  }

  /** A dependency a project declares itself; edges between projects are kept, but projects are not packages. */
  public void direct(String projectRef, String ref, Scope scope) {
    edge(projectRef, ref);
    if (!projectRefs.contains(ref)) {
      direct.merge(ref, scope, GraphBuilder::widest);
    }
  }

  /**
   * Where a project declares a package (its package.json or pyproject.toml line), added to the
   * package's lockfile evidence when the graph is built.
   */
  public void declaredAt(String ref, Evidence manifestEvidence) {
    declarations.computeIfAbsent(ref, k -> new ArrayList<>()).add(manifestEvidence);
  }

  public void problem(Problem p) {
    problems.add(p);
  }

  /** Builds the detection once; the builder is spent afterwards. */
  public Detection build() {
    Map<String, Scope> propagated = ScopeResolver.resolve(edges, direct);
    Detection.Builder out = Detection.builder();
    projects.values().forEach(out::project);
    // builders are dropped as their components are built, so a large lockfile is not held twice
    for (var it = nodes.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Component.Builder> e = it.next();
      String ref = e.getKey();
      it.remove();
      if (projectRefs.contains(ref)) {
        continue;
      }
      Scope scope = statedScopes.getOrDefault(ref, propagated.getOrDefault(ref, Scope.RUNTIME));
      out.component(e.getValue().scope(scope).direct(direct.containsKey(ref))
          .evidence(declarations.getOrDefault(ref, List.of())).build());
    }
    edges.forEach((from, tos) -> tos.forEach(to -> out.edge(from, to)));
    problems.forEach(out::problem);
    return out.build();
  }

  static Scope widest(Scope a, Scope b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** The direct dependencies recorded so far (for readers that need them). */
  public Collection<String> directRefs() {
    return direct.keySet();
  }
}

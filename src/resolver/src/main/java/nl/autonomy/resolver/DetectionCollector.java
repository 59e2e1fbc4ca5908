package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Problem;

/**
 * Gathers what the graphs of several projects say into one detection: one component per purl even
 * when several modules reach it, with the widest Maven scope (compile, runtime, provided, system,
 * test, in that order) and its evidence joined; edges and problems each once, sorted.
 */
final class DetectionCollector {

  private static final List<String> SCOPE_ORDER = List.of("compile", "runtime", "provided", "system", "test");

  private final Map<String, Component> projects = new LinkedHashMap<>();
  private final Map<String, Component> components = new LinkedHashMap<>();
  private final TreeSet<DependencyEdge> edges = new TreeSet<>();
  private final List<Problem> problems = new ArrayList<>();

  void project(Component c) {
    projects.merge(c.ref(), c, DetectionCollector::join);
  }

  void component(Component c) {
    components.merge(c.ref(), c, DetectionCollector::join);
  }

  /**
   * Marks a component whose own dependencies could not be read as {@code autonomy:incomplete},
   * adding it when the graph does not hold it at all.
   */
  void markIncomplete(String ref, java.util.function.Supplier<Component> whenAbsent) {
    Component c = components.containsKey(ref) ? components.get(ref) : whenAbsent.get();
    components.put(ref, c.toBuilder().property(GraphMapper.INCOMPLETE, "true").build());
  }

  void edge(String from, String to) {
    if (!from.equals(to)) {
      edges.add(new DependencyEdge(from, to));
    }
  }

  void problem(Problem p) {
    problems.add(p);
  }

  void problems(List<Problem> ps) {
    problems.addAll(ps);
  }

  /** Replaces a component (adding hashes after the graph is complete). */
  void update(Component c) {
    components.put(c.ref(), c);
  }

  List<Component> components() {
    return List.copyOf(components.values());
  }

  Detection build() {
    Detection.Builder b = Detection.builder();
    projects.values().stream().sorted(Comparator.comparing(Component::ref)).forEach(b::project);
    components.values().stream().filter(c -> !projects.containsKey(c.ref()))
        .sorted(Comparator.comparing(Component::ref)).forEach(b::component);
    edges.forEach(b::edge);
    problems.stream().distinct().sorted().forEach(b::problem);
    return b.build();
  }

  static Component join(Component a, Component b) {
    String scopeA = a.properties().getOrDefault(GraphMapper.MAVEN_SCOPE, "compile");
    String scopeB = b.properties().getOrDefault(GraphMapper.MAVEN_SCOPE, "compile");
    Component wide = rank(scopeB) < rank(scopeA) ? b : a;
    Component other = wide == a ? b : a;
    Component.Builder m = wide.toBuilder()
        .direct(a.direct() || b.direct())
        .optional(a.optional() && b.optional())
        .evidence(other.evidence());
    other.properties().forEach((k, v) -> {
      if (!wide.properties().containsKey(k)) {
        m.property(k, v);
      }
    });
    return m.build();
  }

  private static int rank(String mavenScope) {
    int i = SCOPE_ORDER.indexOf(mavenScope);
    return i < 0 ? 0 : i;
  }
}

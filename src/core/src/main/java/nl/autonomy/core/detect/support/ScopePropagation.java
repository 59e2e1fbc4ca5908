package nl.autonomy.core.detect.support;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Scope;

/**
 * Gives transitive packages the scope of the direct dependencies that pull them in, for lockfiles
 * that record the graph but not the scope (Gemfile.lock with the Gemfile's groups): a package
 * reached from a runtime dependency ships, one reached only from test gems does not.
 */
public final class ScopePropagation {

  private ScopePropagation() {
  }

  /**
   * @param directScopes scope of each direct dependency's ref
   * @param edges the graph
   * @return the widest scope reaching each ref (direct ones included); refs not reached are absent
   */
  public static Map<String, Scope> propagate(Map<String, Scope> directScopes, Collection<DependencyEdge> edges) {
    Map<String, List<String>> next = new HashMap<>();
    edges.forEach(e -> next.computeIfAbsent(e.from(), k -> new java.util.ArrayList<>()).add(e.to()));
    Map<String, Scope> out = new HashMap<>();
    for (Scope scope : Scope.values()) {
      Deque<String> queue = new ArrayDeque<>();
      directScopes.forEach((ref, s) -> {
        if (s == scope && !out.containsKey(ref)) {
          out.put(ref, scope);
          queue.add(ref);
        }
      });
      while (!queue.isEmpty()) {
        for (String to : next.getOrDefault(queue.poll(), List.of())) {
          if (!out.containsKey(to)) {
            out.put(to, scope);
            queue.add(to);
          }
        }
      }
    }
    return out;
  }
}

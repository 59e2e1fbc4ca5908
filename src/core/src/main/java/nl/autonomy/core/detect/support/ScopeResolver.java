package nl.autonomy.core.detect.support;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.autonomy.core.model.Scope;

/**
 * Gives each package of a lockfile graph the widest scope of the direct dependencies it is reached
 * from: a package pulled in by a runtime dependency ships even when a dev dependency needs it too.
 * Used where the lockfile itself does not say (yarn.lock, poetry.lock 1.5+, uv.lock).
 */
public final class ScopeResolver {

  private ScopeResolver() {
  }

  /**
   * @param edges from-ref to the refs it depends on
   * @param direct direct dependency ref to the scope it was declared with
   * @return the scope of every package reachable from a direct dependency
   */
  public static Map<String, Scope> resolve(Map<String, ? extends Collection<String>> edges, Map<String, Scope> direct) {
    Map<String, Scope> out = new HashMap<>();
    for (Scope scope : Scope.values()) {
      Deque<String> queue = new ArrayDeque<>();
      direct.forEach((ref, s) -> {
        if (s == scope && !out.containsKey(ref)) {
          out.put(ref, scope);
          queue.add(ref);
        }
      });
      while (!queue.isEmpty()) {
        String ref = queue.poll();
        Collection<String> next0 = edges.get(ref);
        for (String next : next0 == null ? Set.<String>of() : next0) {
          if (!out.containsKey(next)) {
            out.put(next, scope);
            queue.add(next);
          }
        }
      }
    }
    return out;
  }
}

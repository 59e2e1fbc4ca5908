package nl.autonomy.core.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.autonomy.core.catalog.Versions;
import nl.autonomy.core.model.Component;

/**
 * Pairs the components of two sides by package identity. Within one identity, components at the
 * same version pair first; the remaining old and new versions pair in version order (lowest with
 * lowest), so that an npm lockfile holding {@code lodash@3} and {@code lodash@4} that moves to
 * {@code lodash@3} and {@code lodash@4.17} reads as one upgrade, not as a removal and an addition.
 * What is left over was added or removed.
 */
final class ComponentPairing {

  /** Orders versions as the catalog's version ranges do (numeric parts, pre-releases first), then as text. */
  static final Comparator<Component> BY_VERSION = Comparator
      .comparing(Component::version, Comparator.nullsFirst(ComponentPairing::compareVersions))
      .thenComparing(Component::ref);

  record Pair(String identity, Component from, Component to) {
  }

  record Result(List<Pair> pairs, List<Component> added, List<Component> removed) {
  }

  private ComponentPairing() {
  }

  static int compareVersions(String a, String b) {
    int c = Versions.compare(a, b);
    return c != 0 ? c : a.compareTo(b);
  }

  static Result pair(List<Component> from, List<Component> to) {
    Map<String, List<Component>> old = byIdentity(from);
    Map<String, List<Component>> now = byIdentity(to);
    List<Pair> pairs = new ArrayList<>();
    List<Component> added = new ArrayList<>();
    List<Component> removed = new ArrayList<>();
    TreeSet<String> identities = new TreeSet<>(old.keySet());
    identities.addAll(now.keySet());
    for (String identity : identities) {
      List<Component> o = new ArrayList<>(old.getOrDefault(identity, List.of()));
      List<Component> n = new ArrayList<>(now.getOrDefault(identity, List.of()));
      // same version first
      for (var it = o.iterator(); it.hasNext(); ) {
        Component a = it.next();
        Component same = n.stream().filter(b -> Objects.equals(a.version(), b.version())).findFirst().orElse(null);
        if (same != null) {
          pairs.add(new Pair(identity, a, same));
          n.remove(same);
          it.remove();
        }
      }
      int both = Math.min(o.size(), n.size());
      for (int i = 0; i < both; i++) {
        pairs.add(new Pair(identity, o.get(i), n.get(i)));
      }
      removed.addAll(o.subList(both, o.size()));
      added.addAll(n.subList(both, n.size()));
    }
    return new Result(pairs, added, removed);
  }

  private static Map<String, List<Component>> byIdentity(List<Component> components) {
    Map<String, List<Component>> out = new TreeMap<>();
    for (Component c : components) {
      out.computeIfAbsent(PackageIdentity.of(c), k -> new ArrayList<>()).add(c);
    }
    out.values().forEach(l -> l.sort(BY_VERSION));
    return out;
  }
}

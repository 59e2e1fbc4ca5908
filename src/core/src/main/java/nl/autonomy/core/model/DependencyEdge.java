package nl.autonomy.core.model;

import java.util.Objects;

/** {@code from} depends on {@code to}; both are bom-refs (the project's own ref for roots). */
public record DependencyEdge(String from, String to) implements Comparable<DependencyEdge> {

  public DependencyEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public int compareTo(DependencyEdge o) {
    int c = from.compareTo(o.from);
    return c != 0 ? c : to.compareTo(o.to);
  }
}

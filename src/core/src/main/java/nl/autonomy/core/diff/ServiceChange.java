package nl.autonomy.core.diff;

import java.util.List;

/**
 * A service on both sides whose lock-in or depth changed.
 *
 * @param id catalog service id
 * @param name its name
 * @param from the old view
 * @param to the new view
 * @param changed which of {@code lockIn}, {@code usage}, {@code effort}, {@code files},
 *     {@code runtimeFiles} differ, in that order
 */
public record ServiceChange(String id, String name, ServiceRef from, ServiceRef to, List<String> changed) {

  public ServiceChange {
    changed = changed == null ? List.of() : List.copyOf(changed);
  }
}

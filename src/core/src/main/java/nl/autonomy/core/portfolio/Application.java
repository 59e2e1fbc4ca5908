package nl.autonomy.core.portfolio;

import java.util.Objects;

/**
 * An application of the city, as the source list names it.
 *
 * @param name its name, the key that joins its runs over time
 * @param owner the team or department that owns it, or null
 * @param criticality its business criticality, or null when not given
 */
public record Application(String name, String owner, Criticality criticality) {

  public Application {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an application needs a name");
    }
    owner = owner == null || owner.isBlank() ? null : owner.strip();
  }

  public static Application named(String name) {
    return new Application(name, null, null);
  }
}

package nl.autonomy.core.model;

import java.util.Locale;

/**
 * What a component is needed for. Policies judge {@link #RUNTIME} by default: it is what ships.
 * Declared from widest to narrowest: when two sightings disagree, the earlier constant wins.
 */
public enum Scope implements Identified {
  /** Shipped with the product and used while it runs (Maven compile/runtime, npm dependencies). */
  RUNTIME,
  /** Expected to be present at run time but supplied by the platform (Maven provided/system). */
  PROVIDED,
  /** Only used to build (npm devDependencies, build plugins, CI tooling). */
  BUILD,
  /** Only used by tests. */
  TEST;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Scope fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }

  /** Maps a Maven scope name; unknown or empty scopes count as compile, as Maven does. */
  public static Scope fromMaven(String mavenScope) {
    if (mavenScope == null) {
      return RUNTIME;
    }
    return switch (mavenScope) {
      case "test" -> TEST;
      case "provided", "system" -> PROVIDED;
      default -> RUNTIME;
    };
  }

  /** Whether it ends up in what is delivered. */
  public boolean ships() {
    return this == RUNTIME || this == PROVIDED;
  }
}

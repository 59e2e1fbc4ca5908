package nl.autonomy.core.enrich;

import nl.autonomy.core.model.Component;

/** One ecosystem's registry: which components it can answer for, and how to ask it. */
interface RegistrySource {

  /** The registry id, also its folder in the cache and its key in {@link RegistryEndpoints}. */
  String id();

  /** Whether this registry can say something about {@code c} (right ecosystem, a pinned version). */
  boolean accepts(Component c);

  /** Whether {@code c} lacks what this registry could add (no license, or no supplier). */
  default boolean lacksFacts(Component c) {
    return c.declaredLicenses().isEmpty() || c.organization() == null || c.organization().isEmpty();
  }

  /** One package version in this registry, the cache key: {@code lodash@4.17.21}. */
  String key(Component c);

  /** The first URL asked, named in warnings and kept in the cache. */
  String url(Component c);

  /**
   * Asks the registry.
   *
   * @return the facts, or {@link RegistryFacts#absent()} when the registry has no such version
   * @throws LookupException when there is no usable answer
   */
  RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException;
}

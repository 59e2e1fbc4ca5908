package nl.autonomy.core.model;

import java.util.List;

/**
 * The hosts the scanned configuration names that no catalog service claims (docs/catalogs.md,
 * "Suggesting catalog entries"). Bounded: a configuration tree with thousands of hosts keeps the
 * first {@link #MAX_ENDPOINTS} by host and counts the rest in {@code omitted}.
 *
 * @param endpoints by host, kind and endpoint
 * @param omitted how many more (host, kind, endpoint) were seen beyond the bound
 * @param filesRead configuration files read for them
 * @param filesUnread configuration files that could not be read (their hosts are missing here;
 *     the signal detector reports the reason as a problem)
 */
public record UnrecognisedEndpoints(List<UnrecognisedEndpoint> endpoints, int omitted, int filesRead,
    int filesUnread) {

  public static final int MAX_ENDPOINTS = 200;

  public UnrecognisedEndpoints {
    endpoints = endpoints == null ? List.of() : endpoints.stream().distinct().sorted().toList();
  }

  public static UnrecognisedEndpoints none() {
    return new UnrecognisedEndpoints(List.of(), 0, 0, 0);
  }

  /** How many were seen, the omitted ones included. */
  public int total() {
    return endpoints.size() + omitted;
  }
}

package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;
import nl.autonomy.core.text.Urls;

/**
 * A host the configuration points at that no catalog service claims: a candidate for the catalog
 * ({@code autonomy catalog suggest}), never a finding by itself.
 *
 * @param host the host, lower case
 * @param kind how it was written
 * @param endpoint the endpoint without path, query or credentials ({@code https://api.example.nl},
 *     {@code jdbc:postgresql://db.example.nl:5432}, the host alone for a host setting)
 * @param occurrences how many lines name it this way
 * @param locations where, sorted; at most {@link #MAX_LOCATIONS} (the first in path order)
 */
public record UnrecognisedEndpoint(String host, EndpointKind kind, String endpoint, int occurrences,
    List<Location> locations) implements Comparable<UnrecognisedEndpoint> {

  /** Enough places for a reviewer to look; the count says how many there are. */
  public static final int MAX_LOCATIONS = 5;

  public UnrecognisedEndpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(kind, "kind");
    endpoint = endpoint == null ? host : Urls.redact(endpoint);
    locations = locations == null ? List.of()
        : locations.stream().distinct().sorted().limit(MAX_LOCATIONS).toList();
  }

  @Override
  public int compareTo(UnrecognisedEndpoint o) {
    int c = host.compareTo(o.host);
    if (c != 0) {
      return c;
    }
    c = kind.compareTo(o.kind);
    return c != 0 ? c : endpoint.compareTo(o.endpoint);
  }
}

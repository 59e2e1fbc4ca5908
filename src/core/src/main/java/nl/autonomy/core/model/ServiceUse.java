package nl.autonomy.core.model;

import java.util.Objects;

/**
 * One sighting of a catalog service by a detector (an import, an endpoint, an IaC resource...).
 * Classification joins all sightings and client components of a service into one {@link Service}.
 *
 * @param serviceId catalog service id
 * @param evidence where it was seen
 * @param endpoint the endpoint or host seen, or null
 */
public record ServiceUse(String serviceId, Evidence evidence, String endpoint) {

  public ServiceUse {
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(evidence, "evidence");
  }
}

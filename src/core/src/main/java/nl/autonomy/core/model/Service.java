package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An external cloud or SaaS service the code talks to, with everything that shows it.
 *
 * @param id catalog service id ({@code azure-blob-storage})
 * @param name display name
 * @param vendorId provider vendor id
 * @param category storage, database, identity, office...
 * @param lockIn how hard it is to leave
 * @param endpoints endpoints and hosts seen, sorted
 * @param components bom-refs of its client components, sorted
 * @param evidence all sightings, sorted
 * @param alternatives open alternatives named by the catalog
 * @param standard the open standard that makes switching possible, or null
 */
public record Service(
    String id, String name, String vendorId, String category, LockInLevel lockIn,
    List<String> endpoints, List<String> components, List<Evidence> evidence,
    List<String> alternatives, String standard) implements Comparable<Service> {

  public Service {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lockIn, "lockIn");
    name = name == null ? id : name;
    endpoints = endpoints == null ? List.of() : endpoints.stream().distinct().sorted().toList();
    components = components == null ? List.of() : components.stream().distinct().sorted().toList();
    evidence = evidence == null ? List.of() : evidence.stream().distinct().sorted().toList();
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  @Override
  public int compareTo(Service o) {
    return id.compareTo(o.id);
  }
}

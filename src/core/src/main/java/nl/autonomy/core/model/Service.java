package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;
import nl.autonomy.core.text.Urls;

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
 * @param depth how deep it reaches (files, occurrences, kinds, exit effort), or null before the
 *     lock-in stage has judged it
 * @param provider the provider as the scan's catalog (shipped plus {@code --catalog}) names it, so
 *     writers need no catalog of their own; null when the catalog knows no such vendor
 */
public record Service(
    String id, String name, String vendorId, String category, LockInLevel lockIn,
    List<String> endpoints, List<String> components, List<Evidence> evidence,
    List<String> alternatives, String standard, ServiceDepth depth, VendorRef provider)
    implements Comparable<Service> {

  public Service(
      String id, String name, String vendorId, String category, LockInLevel lockIn,
      List<String> endpoints, List<String> components, List<Evidence> evidence,
      List<String> alternatives, String standard, ServiceDepth depth) {
    this(id, name, vendorId, category, lockIn, endpoints, components, evidence, alternatives, standard, depth, null);
  }

  /** A service not judged yet (no depth). */
  public Service(
      String id, String name, String vendorId, String category, LockInLevel lockIn,
      List<String> endpoints, List<String> components, List<Evidence> evidence,
      List<String> alternatives, String standard) {
    this(id, name, vendorId, category, lockIn, endpoints, components, evidence, alternatives, standard, null, null);
  }

  public Service {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lockIn, "lockIn");
    name = name == null ? id : name;
    endpoints = endpoints == null ? List.of() : endpoints.stream().map(Urls::redact).distinct().sorted().toList();
    components = components == null ? List.of() : components.stream().distinct().sorted().toList();
    evidence = evidence == null ? List.of() : evidence.stream().distinct().sorted().toList();
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  public Service withDepth(ServiceDepth value) {
    return new Service(id, name, vendorId, category, lockIn, endpoints, components, evidence, alternatives, standard,
        value, provider);
  }

  public Service withLockIn(LockInLevel value) {
    return new Service(id, name, vendorId, category, value, endpoints, components, evidence, alternatives, standard,
        depth, provider);
  }

  public Service withEvidence(List<Evidence> newEvidence, List<String> newEndpoints) {
    return new Service(id, name, vendorId, category, lockIn, newEndpoints, components, newEvidence, alternatives,
        standard, depth, provider);
  }

  public Service withProvider(VendorRef value) {
    return new Service(id, name, vendorId, category, lockIn, endpoints, components, evidence, alternatives, standard,
        depth, value);
  }

  @Override
  public int compareTo(Service o) {
    return id.compareTo(o.id);
  }
}

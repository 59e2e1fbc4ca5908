package nl.autonomy.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A software component found in the scanned codebase.
 *
 * @param ref stable bom-ref: the canonical purl where there is one
 * @param purl package URL, or null for components that have none
 * @param ecosystem package ecosystem
 * @param group namespace (Maven groupId, npm scope without {@code @}), or null
 * @param name package name
 * @param version version, or null when only declared without one
 * @param scope what it is needed for
 * @param direct declared by the project itself rather than pulled in
 * @param optional Maven {@code <optional>}, npm optional dependency
 * @param declaredLicenses licenses as the component declares them
 * @param hashes algorithm (CycloneDX name, e.g. {@code SHA-256}) to lower-case hex
 * @param organization the organisation the component names, a vendor clue
 * @param properties ecosystem facts worth keeping, sorted (e.g. {@code maven.scope},
 *     {@code maven.premanagedVersion}, {@code autonomy:incomplete})
 * @param evidence where it was found, sorted
 * @param vendor who controls it, set by classification (null before)
 * @param license its license, set by classification (null before)
 * @param services ids of the catalog services it is a client of, set by classification
 * @param copyrights copyright statements as its sources write them, one entry per source, sorted
 *     (left out of report.json when there are none)
 * @param role a third-party dependency or the city's own code (a project beside others, a module);
 *     the SBOM's {@code autonomy:project} and {@code autonomy:module} are written from it
 */
public record Component(
    String ref, String purl, Ecosystem ecosystem, String group, String name, String version,
    Scope scope, boolean direct, boolean optional, List<DeclaredLicense> declaredLicenses,
    SortedMap<String, String> hashes, Organization organization, SortedMap<String, String> properties,
    List<Evidence> evidence, VendorRef vendor, LicenseInfo license, List<String> services,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Copyright> copyrights,
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ComponentRole.OmitDependency.class)
    ComponentRole role) {

  public Component {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    declaredLicenses = List.copyOf(declaredLicenses == null ? List.of() : declaredLicenses);
    hashes = unmodifiableSorted(hashes);
    properties = unmodifiableSorted(canonicalNames(properties));
    evidence = evidence == null ? List.of() : evidence.stream().distinct().sorted().toList();
    services = services == null ? List.of() : services.stream().distinct().sorted().toList();
    copyrights = copyrights == null ? List.of() : copyrights.stream().distinct().sorted().toList();
    role = role != null ? role : legacyRole(properties);
    properties = withoutRoleFlags(properties);
  }

  /**
   * A report.json written before the typed role (no {@code role} field) said it with a property;
   * only then is the property read. A component built in a scan always has its role set, so a
   * property of that name from a scanned file never makes a dependency the city's own code.
   */
  private static ComponentRole legacyRole(Map<String, String> properties) {
    if ("true".equals(properties.get(PropertyNames.MODULE))) {
      return ComponentRole.MODULE;
    }
    return "true".equals(properties.get(PropertyNames.PROJECT)) ? ComponentRole.PROJECT : ComponentRole.DEPENDENCY;
  }

  /** The role's properties are derived from {@link #role} when written, never kept as facts. */
  private static SortedMap<String, String> withoutRoleFlags(SortedMap<String, String> properties) {
    if (!properties.containsKey(PropertyNames.PROJECT) && !properties.containsKey(PropertyNames.MODULE)) {
      return properties;
    }
    TreeMap<String, String> out = new TreeMap<>(properties);
    out.remove(PropertyNames.PROJECT);
    out.remove(PropertyNames.MODULE);
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  /** The city's own code (a project or module): see {@link ComponentRole#own()}. */
  public boolean own() {
    return role.own();
  }

  /**
   * Whether its hashes were computed from the delivered bytes ({@code autonomy:hash:source} =
   * {@code delivered}) rather than taken from a registry or a lockfile.
   */
  public boolean hashesFromDelivery() {
    return PropertyNames.HASH_SOURCE_DELIVERED.equals(properties.get(PropertyNames.HASH_SOURCE));
  }

  /** Every copyright statement of every source, each once, in source order: what an SBOM field holds. */
  public List<String> copyrightLines() {
    return copyrights.stream().flatMap(c -> c.lines().stream()).distinct().toList();
  }

  /** Names from reports written before the taxonomy names ({@link PropertyNames#canonical}). */
  private static Map<String, String> canonicalNames(Map<String, String> map) {
    if (map == null || map.keySet().stream().noneMatch(k -> k.startsWith(PropertyNames.PREFIX) && k.indexOf('.') >= 0)) {
      return map;
    }
    Map<String, String> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(PropertyNames.canonical(k), v));
    return out;
  }

  private static SortedMap<String, String> unmodifiableSorted(Map<String, String> map) {
    return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map == null ? Map.of() : map));
  }

  /**
   * Known only from a manifest's declaration (a package.json without a lockfile, an unpinned
   * requirement, a PackageReference without packages.lock.json): the version that will really be
   * installed and the component's own dependencies are unknown, so an inventory holding it is not
   * complete.
   */
  public boolean declaredOnly() {
    return DECLARED_ONLY.equals(properties.get(PropertyNames.INCOMPLETE));
  }

  /** Value of {@link PropertyNames#INCOMPLETE} for a component known only from a declaration. */
  public static final String DECLARED_ONLY = "declared-only";

  /** {@code group:name} or {@code name}, the way people name a package. */
  public String coordinates() {
    return group == null ? name : group + ":" + name;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder(String ref, Ecosystem ecosystem, String name) {
    return new Builder(ref, ecosystem, name);
  }

  /** Builds components field by field; detectors use it instead of the 17-argument constructor. */
  public static final class Builder {
    private final String ref;
    private final Ecosystem ecosystem;
    private final String name;
    private String purl;
    private String group;
    private String version;
    private Scope scope = Scope.RUNTIME;
    private boolean direct;
    private boolean optional;
    private final List<DeclaredLicense> declaredLicenses = new ArrayList<>();
    private final SortedMap<String, String> hashes = new TreeMap<>();
    private Organization organization;
    private final SortedMap<String, String> properties = new TreeMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private VendorRef vendor;
    private LicenseInfo license;
    private final List<String> services = new ArrayList<>();
    private ComponentRole role = ComponentRole.DEPENDENCY;
    private final List<Copyright> copyrights = new ArrayList<>();

    private Builder(String ref, Ecosystem ecosystem, String name) {
      this.ref = ref;
      this.ecosystem = ecosystem;
      this.name = name;
    }

    private Builder(Component c) {
      this(c.ref, c.ecosystem, c.name);
      purl = c.purl;
      group = c.group;
      version = c.version;
      scope = c.scope;
      direct = c.direct;
      optional = c.optional;
      declaredLicenses.addAll(c.declaredLicenses);
      hashes.putAll(c.hashes);
      organization = c.organization;
      properties.putAll(c.properties);
      evidence.addAll(c.evidence);
      vendor = c.vendor;
      license = c.license;
      services.addAll(c.services);
      role = c.role;
      copyrights.addAll(c.copyrights);
    }

    public Builder purl(String v) { purl = v; return this; }
    public Builder group(String v) { group = v; return this; }
    public Builder version(String v) { version = v; return this; }
    public Builder scope(Scope v) { scope = v; return this; }
    public Builder direct(boolean v) { direct = v; return this; }
    public Builder optional(boolean v) { optional = v; return this; }
    public Builder declaredLicense(DeclaredLicense v) { declaredLicenses.add(v); return this; }
    public Builder declaredLicenses(List<DeclaredLicense> v) { declaredLicenses.addAll(v); return this; }
    public Builder hash(String algorithm, String hex) { hashes.put(algorithm, hex); return this; }
    public Builder organization(Organization v) { organization = v; return this; }
    public Builder property(String key, String value) { if (value != null) { properties.put(key, value); } return this; }
    public Builder evidence(Evidence v) { evidence.add(v); return this; }
    public Builder evidence(List<Evidence> v) { evidence.addAll(v); return this; }
    public Builder vendor(VendorRef v) { vendor = v; return this; }
    public Builder license(LicenseInfo v) { license = v; return this; }
    public Builder service(String id) { services.add(id); return this; }
    public Builder role(ComponentRole v) { role = v == null ? ComponentRole.DEPENDENCY : v; return this; }
    public Builder copyright(Copyright v) { if (v != null) { copyrights.add(v); } return this; }

    public Component build() {
      return new Component(ref, purl, ecosystem, group, name, version, scope, direct, optional,
          declaredLicenses, hashes, organization, properties, evidence, vendor, license, services, copyrights, role);
    }
  }
}

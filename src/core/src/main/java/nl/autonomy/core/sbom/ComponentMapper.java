package nl.autonomy.core.sbom;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.VendorRef;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.OrganizationalEntity;

/**
 * One Autonomy component as a CycloneDX component.
 *
 * <p>Scope: what ships ({@link Scope#RUNTIME}, {@link Scope#PROVIDED}) is {@code required}, or
 * {@code optional} when the dependency is declared optional; what only builds or tests is
 * {@code excluded}, which CycloneDX defines as "usage for test and other non-runtime purposes,
 * not reachable at runtime". The exact scope is always in {@code autonomy:scope}.
 */
final class ComponentMapper {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final Map<String, Integer> HEX_LENGTHS = Map.ofEntries(
      Map.entry("MD5", 32), Map.entry("SHA-1", 40), Map.entry("SHA-256", 64), Map.entry("SHA-384", 96),
      Map.entry("SHA-512", 128), Map.entry("SHA3-256", 64), Map.entry("SHA3-384", 96), Map.entry("SHA3-512", 128),
      Map.entry("BLAKE2b-256", 64), Map.entry("BLAKE2b-384", 96), Map.entry("BLAKE2b-512", 128),
      Map.entry("BLAKE3", 64));

  private ComponentMapper() {
  }

  static org.cyclonedx.model.Component map(Component c) {
    org.cyclonedx.model.Component cdx = common(c, type(c));
    cdx.setScope(scope(c));
    cdx.setProperties(noted(c, ComponentProperties.of(c)));
    return cdx;
  }

  /** The scanned project as {@code metadata.component}. */
  static org.cyclonedx.model.Component project(Component project) {
    org.cyclonedx.model.Component cdx = common(project, org.cyclonedx.model.Component.Type.APPLICATION);
    cdx.setProperties(noted(project, ComponentProperties.ofProject(project)));
    return cdx;
  }

  /** A value cut to fit the schema says so: {@code autonomy:truncated} names the field and its length. */
  private static List<org.cyclonedx.model.Property> noted(Component c, List<org.cyclonedx.model.Property> properties) {
    if (!CdxText.isCut(c.version())) {
      return properties;
    }
    List<org.cyclonedx.model.Property> all = new java.util.ArrayList<>(properties == null ? List.of() : properties);
    all.add(new org.cyclonedx.model.Property("autonomy:truncated",
        "version (" + c.version().length() + " characters, the schema allows " + CdxText.MAX_VERSION + ")"));
    return all;
  }

  private static org.cyclonedx.model.Component common(Component c, org.cyclonedx.model.Component.Type type) {
    org.cyclonedx.model.Component cdx = new org.cyclonedx.model.Component();
    cdx.setType(type);
    cdx.setBomRef(CdxText.clean(c.ref()));
    cdx.setGroup(CdxText.clean(c.group()));
    cdx.setName(CdxText.clean(c.name()));
    cdx.setVersion(CdxText.version(c.version()));
    cdx.setPurl(CdxText.uri(c.purl()));
    cdx.setLicenses(LicenseMapper.map(c));
    List<Hash> hashes = hashes(c);
    cdx.setHashes(hashes.isEmpty() ? null : hashes);
    cdx.setSupplier(supplier(c.vendor()));
    cdx.setManufacturer(manufacturer(c.organization()));
    cdx.setEvidence(EvidenceMapper.map(c));
    cdx.setCopyright(copyright(c));
    return cdx;
  }

  /**
   * CycloneDX {@code copyright}: the statements its sources give, each once, joined with {@code ;
   * } — CycloneDX Core Java writes every string on one line (a line break becomes a space, which
   * would run two statements together); null without any (nothing is made up).
   */
  static String copyright(Component c) {
    List<String> lines = c.copyrightLines();
    return lines.isEmpty() ? null : CdxText.clean(String.join("; ", lines));
  }

  /** SPDX {@code copyrightText}: the statements one a line, each once; null without any. */
  static String copyrightText(Component c) {
    List<String> lines = c.copyrightLines();
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  static org.cyclonedx.model.Component.Type type(Component c) {
    if (c.ecosystem() == Ecosystem.OCI || c.ecosystem() == Ecosystem.DOCKER) {
      return org.cyclonedx.model.Component.Type.CONTAINER;
    }
    if ("true".equals(c.properties().get("autonomy:project"))) {
      return org.cyclonedx.model.Component.Type.APPLICATION;
    }
    return org.cyclonedx.model.Component.Type.LIBRARY;
  }

  static org.cyclonedx.model.Component.Scope scope(Component c) {
    if (!c.scope().ships()) {
      return org.cyclonedx.model.Component.Scope.EXCLUDED;
    }
    return c.optional() ? org.cyclonedx.model.Component.Scope.OPTIONAL : org.cyclonedx.model.Component.Scope.REQUIRED;
  }

  /** The vendor as supplier, when one is known (a derived vendor counts: it names who publishes). */
  static OrganizationalEntity supplier(VendorRef vendor) {
    if (vendor == null || !vendor.isKnown()) {
      return null;
    }
    OrganizationalEntity entity = new OrganizationalEntity();
    entity.setName(CdxText.clean(vendor.name()));
    Iris.reference(vendor.url()).ifPresent(url -> entity.setUrls(List.of(url)));
    return entity;
  }

  /** The organisation the component names itself (POM {@code <organization>}): who made it. */
  static OrganizationalEntity manufacturer(Organization organization) {
    if (organization == null || organization.name() == null || organization.name().isEmpty()) {
      return null;
    }
    OrganizationalEntity entity = new OrganizationalEntity();
    entity.setName(CdxText.clean(organization.name()));
    Iris.reference(organization.url()).ifPresent(url -> entity.setUrls(List.of(url)));
    return entity;
  }

  /** Hashes CycloneDX can carry; a value of the wrong length or alphabet would make the BOM invalid. */
  private static List<Hash> hashes(Component c) {
    return c.hashes().entrySet().stream()
        .filter(e -> HEX_LENGTHS.containsKey(e.getKey()))
        .filter(e -> e.getValue().length() == HEX_LENGTHS.get(e.getKey()) && HEX.matcher(e.getValue()).matches())
        .map(e -> new Hash(e.getKey(), e.getValue().toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }
}

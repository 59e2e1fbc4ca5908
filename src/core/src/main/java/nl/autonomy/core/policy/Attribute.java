package nl.autonomy.core.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The attributes a policy condition can test, and what kind of value each holds. The published
 * schema lists the same names (a test keeps them equal). A fact can hold several values (a vendor's
 * jurisdictions, the files of the evidence): a condition matches when any of them matches.
 */
public enum Attribute {
  COMPONENT_REF("component.ref", Type.TEXT),
  COMPONENT_PURL("component.purl", Type.TEXT),
  COMPONENT_ECOSYSTEM("component.ecosystem", Type.TEXT),
  COMPONENT_GROUP("component.group", Type.TEXT),
  COMPONENT_NAME("component.name", Type.TEXT),
  COMPONENT_VERSION("component.version", Type.TEXT),
  COMPONENT_SCOPE("component.scope", Type.TEXT),
  COMPONENT_DIRECT("component.direct", Type.BOOLEAN),
  COMPONENT_OPTIONAL("component.optional", Type.BOOLEAN),
  /** A delivered jar's bytes against the published checksum: match, mismatch, unknown; absent when not from a delivery. */
  COMPONENT_CHECKSUM("component.checksum", Type.TEXT),
  VENDOR_ID("vendor.id", Type.TEXT),
  VENDOR_NAME("vendor.name", Type.TEXT),
  VENDOR_OWNER("vendor.owner", Type.TEXT),
  VENDOR_COUNTRY("vendor.country", Type.TEXT),
  VENDOR_JURISDICTION("vendor.jurisdiction", Type.TEXT),
  VENDOR_BASIS("vendor.basis", Type.TEXT),
  VENDOR_KNOWN("vendor.known", Type.BOOLEAN),
  VENDOR_EU_JURISDICTION("vendor.eu-jurisdiction", Type.BOOLEAN),
  VENDOR_NON_EU_JURISDICTION("vendor.non-eu-jurisdiction", Type.BOOLEAN),
  LICENSE_EXPRESSION("license.expression", Type.TEXT),
  LICENSE_CATEGORY("license.category", Type.TEXT),
  LICENSE_BASIS("license.basis", Type.TEXT),
  LICENSE_KNOWN("license.known", Type.BOOLEAN),
  LICENSE_OPEN_SOURCE("license.open-source", Type.BOOLEAN),
  SERVICE_ID("service.id", Type.TEXT),
  SERVICE_NAME("service.name", Type.TEXT),
  SERVICE_VENDOR("service.vendor", Type.TEXT),
  SERVICE_CATEGORY("service.category", Type.TEXT),
  SERVICE_LOCK_IN("service.lock-in", Type.TEXT),
  SERVICE_SCOPE("service.scope", Type.TEXT),
  SERVICE_ENDPOINT("service.endpoint", Type.TEXT),
  SERVICE_SELF_HOSTED("service.self-hosted", Type.BOOLEAN),
  SERVICE_USAGE("service.usage", Type.TEXT),
  SERVICE_ALTERNATIVE("service.alternative", Type.TEXT),
  SERVICE_STANDARD("service.standard", Type.TEXT),
  SERVICE_HAS_ALTERNATIVE("service.has-alternative", Type.BOOLEAN),
  SERVICE_HAS_STANDARD("service.has-standard", Type.BOOLEAN),
  SERVICE_ALTERNATIVE_COUNT("service.alternative-count", Type.NUMBER),
  SERVICE_ENDPOINT_COUNT("service.endpoint-count", Type.NUMBER),
  SERVICE_COMPONENT_COUNT("service.component-count", Type.NUMBER),
  /** Whether the codebase's publiccode.yml declares the service under dependsOn; absent without one. */
  SERVICE_DECLARED_IN_PUBLICCODE("service.declared-in-publiccode", Type.BOOLEAN),
  /** A vendor runs the service for shipped code: publiccode.yml's dependsOn.proprietary should name it. */
  SERVICE_VENDOR_RUN("service.vendor-run", Type.BOOLEAN),
  EVIDENCE_KIND("evidence.kind", Type.TEXT),
  EVIDENCE_DETECTOR("evidence.detector", Type.TEXT),
  EVIDENCE_FILE("evidence.file", Type.TEXT),
  EVIDENCE_SCOPE("evidence.scope", Type.TEXT),
  EVIDENCE_COUNT("evidence.count", Type.NUMBER),
  /** The scan itself, for rules on the project: was everything read? */
  SCAN_COMPLETE("scan.complete", Type.BOOLEAN),
  SCAN_UNREAD("scan.unread", Type.TEXT),
  SCAN_ERROR_COUNT("scan.error-count", Type.NUMBER),
  SCAN_COMPONENT_COUNT("scan.component-count", Type.NUMBER),
  /**
   * The project's estimated EU Cloud Sovereignty Framework SEAL level (0-4), overall and per
   * objective the code speaks to (SOV-2 to SOV-7); see docs/eu-csf.md.
   */
  EU_CSF_LEVEL("eu-csf.level", Type.NUMBER),
  EU_CSF_SOV_2("eu-csf.sov-2", Type.NUMBER),
  EU_CSF_SOV_3("eu-csf.sov-3", Type.NUMBER),
  EU_CSF_SOV_4("eu-csf.sov-4", Type.NUMBER),
  EU_CSF_SOV_5("eu-csf.sov-5", Type.NUMBER),
  EU_CSF_SOV_6("eu-csf.sov-6", Type.NUMBER),
  EU_CSF_SOV_7("eu-csf.sov-7", Type.NUMBER),
  /** The project has a publiccode.yml; its dependsOn entries the scan found nothing for. */
  PUBLICCODE_PRESENT("publiccode.present", Type.BOOLEAN),
  PUBLICCODE_NOT_FOUND("publiccode.not-found", Type.TEXT),
  /**
   * A supplier SBOM against the delivered bytes (docs/sbom-quality.md): match, hash-mismatch,
   * omitted, version-mismatch, not-delivered, other-version-delivered; absent without both sides.
   */
  SUPPLIER_SBOM_CHECK("supplier-sbom.check", Type.TEXT),
  SUPPLIER_SBOM_CLAIMED_VERSION("supplier-sbom.claimed-version", Type.TEXT),
  SUPPLIER_SBOM_CLAIMED_HASH("supplier-sbom.claimed-hash", Type.TEXT),
  SUPPLIER_SBOM_DELIVERED_HASH("supplier-sbom.delivered-hash", Type.TEXT),
  /** The delivery's own SBOMs, for rules on the project: was one supplied, and does it meet the standards? */
  SBOM_SUPPLIED("sbom.supplied", Type.BOOLEAN),
  SBOM_FILE("sbom.file", Type.TEXT),
  SBOM_FORMAT("sbom.format", Type.TEXT),
  SBOM_VALID("sbom.valid", Type.BOOLEAN),
  SBOM_NTIA_CONFORMANT("sbom.ntia-conformant", Type.BOOLEAN),
  SBOM_NTIA_MISSING("sbom.ntia-missing", Type.TEXT),
  SBOM_BSI_CONFORMANT("sbom.bsi-conformant", Type.BOOLEAN),
  SBOM_BSI_MISSING("sbom.bsi-missing", Type.TEXT),
  SBOM_CRA_CONFORMANT("sbom.cra-conformant", Type.BOOLEAN),
  SBOM_CRA_MISSING("sbom.cra-missing", Type.TEXT);

  /** What a fact holds, which decides how a condition compares it. */
  public enum Type {
    /** Compared by glob ({@code *}, {@code ?}), ignoring case. */
    TEXT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Compared by value or with {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code eq}. */
    NUMBER
  }

  private static final Map<String, Attribute> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Attribute::key, Function.identity()));

  private final String key;
  private final Type type;

  Attribute(String key, Type type) {
    this.key = key;
    this.type = type;
  }

  /** The name written in policies: {@code service.lock-in}. */
  public String key() {
    return key;
  }

  public Type type() {
    return type;
  }

  public static Optional<Attribute> fromKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Attribute::key).sorted().toList();
  }
}

package nl.autonomy.core.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.SupplierSbom;

/**
 * Does the supplier's SBOM tell the truth about the delivery? When a scan holds both delivered
 * artifacts (jars read from the delivered bytes) and a supplier SBOM, each component gets one
 * verdict comparing the two: listed and the same, listed with other hashes, delivered but left out
 * of the SBOM, delivered in another version than the SBOM claims, or claimed but not delivered.
 * Without either side there is nothing to compare and no verdict.
 */
public final class SbomTruth {

  /** The SBOM lists it and nothing it claims contradicts the delivered bytes. */
  public static final String MATCH = "match";
  /** Delivered, and the SBOM lists it, but a claimed hash differs from the delivered bytes' hash. */
  public static final String HASH_MISMATCH = "hash-mismatch";
  /** Delivered, but the SBOM does not list it in any version. */
  public static final String OMITTED = "omitted";
  /** Delivered, and the SBOM lists the same package in another version only. */
  public static final String VERSION_MISMATCH = "version-mismatch";
  /** The SBOM lists it, but it is not delivered in any version. */
  public static final String NOT_DELIVERED = "not-delivered";
  /** The SBOM lists it, and the same package is delivered in another version (see that one). */
  public static final String OTHER_VERSION_DELIVERED = "other-version-delivered";

  /**
   * One component's verdict.
   *
   * @param check one of the constants above
   * @param claimedVersions the versions the SBOM claims for this package, when they differ
   * @param counterparts refs of the same package in the other version (claimed or delivered)
   * @param claimedHash the claimed hash that differs ({@code SHA-256 abc…}), or null
   * @param deliveredHash the delivered bytes' hash of the same algorithm, or null
   */
  public record Verdict(String check, List<String> claimedVersions, List<String> counterparts, String claimedHash,
      String deliveredHash) {

    public Verdict {
      Objects.requireNonNull(check, "check");
      claimedVersions = List.copyOf(claimedVersions);
      counterparts = List.copyOf(counterparts);
    }
  }

  private SbomTruth() {
  }

  /** The verdict per component ref, sorted; empty when the scan lacks a supplier SBOM or delivered artifacts. */
  public static Map<String, Verdict> of(Inventory inventory) {
    Map<String, Verdict> out = new TreeMap<>();
    List<Component> delivered = inventory.components().stream().filter(SbomTruth::delivered).toList();
    if (inventory.suppliedSboms().isEmpty() || delivered.isEmpty()) {
      return out;
    }
    Map<String, SupplierSbom.Claim> claims = new HashMap<>();
    Map<String, List<SupplierSbom.Claim>> claimsByKey = new HashMap<>();
    for (SupplierSbom sbom : inventory.suppliedSboms()) {
      for (SupplierSbom.Claim c : sbom.claims()) {
        if (c.ref().equals(sbom.subject()) || isPomOnly(c.ref())) {
          continue; // the product itself and a POM (nothing to deliver) are not parts of the delivery
        }
        claims.putIfAbsent(c.ref(), c);
        if (c.key() != null) {
          claimsByKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    Map<String, List<Component>> deliveredByKey = new HashMap<>();
    for (Component c : delivered) {
      String key = key(c);
      if (key != null) {
        deliveredByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    for (Component c : delivered) {
      SupplierSbom.Claim claim = claims.get(c.ref());
      if (claim != null) {
        out.put(c.ref(), compareHashes(c, claim));
        continue;
      }
      List<SupplierSbom.Claim> others = claimsByKey.getOrDefault(key(c), List.of());
      if (others.isEmpty()) {
        out.put(c.ref(), new Verdict(OMITTED, List.of(), List.of(), null, null));
      } else {
        out.put(c.ref(), new Verdict(VERSION_MISMATCH,
            others.stream().map(SupplierSbom.Claim::version).filter(Objects::nonNull).distinct().sorted().toList(),
            others.stream().map(SupplierSbom.Claim::ref).distinct().sorted().toList(), null, null));
      }
    }
    java.util.Set<String> deliveredRefs = new java.util.HashSet<>(delivered.stream().map(Component::ref).toList());
    for (SupplierSbom.Claim claim : claims.values()) {
      if (deliveredRefs.contains(claim.ref())) {
        continue;
      }
      List<Component> others = claim.key() == null ? List.of() : deliveredByKey.getOrDefault(claim.key(), List.of());
      out.put(claim.ref(), others.isEmpty()
          ? new Verdict(NOT_DELIVERED, List.of(), List.of(), null, null)
          : new Verdict(OTHER_VERSION_DELIVERED, claim.version() == null ? List.of() : List.of(claim.version()),
              others.stream().map(Component::ref).sorted().toList(), null, null));
    }
    return out;
  }

  /** Every algorithm both sides have must agree; the strongest differing one is named. */
  private static Verdict compareHashes(Component c, SupplierSbom.Claim claim) {
    for (String alg : List.of("SHA-512", "SHA-384", "SHA-256", "SHA3-512", "SHA3-384", "SHA3-256", "SHA-1", "MD5")) {
      String claimed = claim.hashes().get(alg);
      String actual = c.hashes().get(alg);
      if (claimed != null && actual != null && !claimed.equalsIgnoreCase(actual)) {
        return new Verdict(HASH_MISMATCH, List.of(), List.of(), alg + " " + claimed, alg + " " + actual);
      }
    }
    return new Verdict(MATCH, List.of(), List.of(), null, null);
  }

  /** Read from delivered bytes: a jar of the delivery, with the hashes of what was delivered. */
  static boolean delivered(Component c) {
    return c.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.ARCHIVE)
        && c.hashesFromDelivery();
  }

  private static boolean isPomOnly(String ref) {
    return ref.startsWith("pkg:maven/") && ref.contains("type=pom");
  }

  /** {@code pkg:type/namespace/name} of a component's purl, without version and qualifiers. */
  static String key(Component c) {
    return nl.autonomy.core.catalog.PackageKey.of(c.purl()).orElse(null);
  }
}

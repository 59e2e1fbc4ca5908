package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An SBOM a supplier delivered, as it was read: what it claims, kept apart from what the scan
 * merged it with, so its quality and its truth can be judged on the claims alone.
 *
 * @param file where it lies, relative to the scanned root
 * @param format {@code CycloneDX} or {@code SPDX}
 * @param specVersion the specification version it declares, e.g. {@code 1.6}, {@code 2.3}, {@code 3.0.1}
 * @param encoding {@code json}, {@code xml}, {@code tag-value} or {@code json-ld}
 * @param valid whether it was read without a schema or syntax error
 * @param subject ref of the component the SBOM describes (its metadata component, the package the
 *     SPDX document describes), or null
 * @param claims every component it lists, as claimed
 * @param quality how it meets the standards
 */
public record SupplierSbom(String file, String format, String specVersion, String encoding, boolean valid,
    String subject, List<Claim> claims, SbomQuality quality) {

  public SupplierSbom {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    claims = List.copyOf(claims);
  }

  /** {@code CycloneDX 1.6}, {@code SPDX 2.3}. */
  public String formatName() {
    return format + (specVersion == null ? "" : " " + specVersion);
  }

  /**
   * One component as the SBOM claims it.
   *
   * @param ref the canonical ref the scan gives it (so the same package found in a delivered jar
   *     has the same ref)
   * @param key the package without version ({@code pkg:maven/org.example/lib}), to find the same
   *     package in another version; null without a purl
   * @param version the claimed version
   * @param hashes the claimed hashes, algorithm (CycloneDX name) to lower-case hex
   * @param line the line of the SBOM it was read from, 0 when unknown
   */
  public record Claim(String ref, String key, String version, SortedMap<String, String> hashes, int line) {

    public Claim {
      Objects.requireNonNull(ref, "ref");
      hashes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hashes == null ? java.util.Map.of() : hashes));
    }
  }
}

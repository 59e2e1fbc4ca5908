package nl.autonomy.core.detect.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.source.PathRoles;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.SupplierSbom;

/**
 * One component as an SBOM claims it, whatever the format, turned into a scan component: with the
 * canonical ref other detectors give the same package (so the jar delivered beside the SBOM is the
 * same component), marked {@code autonomy:source=supplier-sbom}, with evidence naming the SBOM.
 *
 * @param file the SBOM, relative to the scanned root
 * @param line where the component is written, 0 when unknown
 * @param localRef the SBOM's own name for it (bom-ref, SPDXID), used for its edges
 * @param purl the claimed package URL, or null
 * @param group namespace when there is no purl
 * @param name name
 * @param version version
 * @param licenses declared licenses
 * @param hashes algorithm (CycloneDX name) to hex
 * @param supplier the supplier (or manufacturer) it names
 * @param scope what it is needed for
 * @param copyright its copyright text as written (CycloneDX {@code copyright}, SPDX {@code
 *     copyrightText}), or null; SPDX's {@code NOASSERTION} and {@code NONE} are no statement
 */
record Claims(String file, int line, String localRef, String purl, String group, String name, String version,
    List<DeclaredLicense> licenses, Map<String, String> hashes, Organization supplier, Scope scope,
    String copyright) {

  static final String DETECTOR = SbomDetector.ID;
  static final String SOURCE_PROPERTY = "autonomy:source";
  static final String SOURCE_VALUE = "supplier-sbom";

  /** The canonical ref and purl: what other detectors write for the same package. */
  String ref() {
    String canonical = canonicalPurl(purl);
    if (canonical != null) {
      return canonical;
    }
    return "sbom:" + file + "#" + (localRef != null ? localRef
        : (group == null ? "" : group + "/") + name + (version == null ? "" : "@" + version));
  }

  /** The package without version: finds the same package delivered in another version. */
  String key() {
    return nl.autonomy.core.catalog.PackageKey.of(canonicalPurl(purl)).orElse(null);
  }

  Component component() {
    String canonical = canonicalPurl(purl);
    PackageURL p = parse(canonical);
    Ecosystem ecosystem = p == null ? Ecosystem.GENERIC : Ecosystem.fromPurlType(p.getType()).orElse(Ecosystem.GENERIC);
    Scope where = PathRoles.scopeOf(file);
    Component.Builder b = Component.builder(ref(), ecosystem, p != null ? p.getName() : name)
        .purl(canonical)
        .group(p != null ? emptyToNull(p.getNamespace()) : group)
        .version(p != null && p.getVersion() != null ? p.getVersion() : version)
        .scope(scope.ordinal() >= where.ordinal() ? scope : where)
        .declaredLicenses(licenses)
        .organization(supplier == null || supplier.isEmpty() ? null : supplier)
        .property(SOURCE_PROPERTY, SOURCE_VALUE)
        .evidence(new Evidence(DETECTOR, EvidenceKind.SBOM, Location.of(file, line), excerpt(), 1.0, where));
    hashes.forEach((alg, hex) -> b.hash(alg, hex.toLowerCase(Locale.ROOT)));
    if (copyright != null && !copyright.isBlank() && !"NOASSERTION".equals(copyright.strip())
        && !"NONE".equals(copyright.strip())) {
      // one statement a line, as SBOM tools join several (a text mixing them stays as written)
      Copyright.of(DETECTOR, Location.of(file, line), copyright.lines().toList()).ifPresent(b::copyright);
    }
    return b.build();
  }

  SupplierSbom.Claim claim() {
    TreeMap<String, String> h = new TreeMap<>();
    hashes.forEach((alg, hex) -> h.put(alg, hex.toLowerCase(Locale.ROOT)));
    Component c = component();
    return new SupplierSbom.Claim(ref(), key(), c.version(), h, line);
  }

  private String excerpt() {
    String what = purl != null ? purl : (group == null ? "" : group + ":") + name + (version == null ? "" : "@" + version);
    return "listed in the supplier's SBOM: " + what;
  }

  /**
   * The purl as the other detectors write it: canonical, and for Maven without {@code type=jar}
   * (the default type, which the CycloneDX Maven plugin spells out and Maven resolution leaves out).
   */
  static String canonicalPurl(String purl) {
    PackageURL p = parse(purl);
    if (p == null) {
      return null;
    }
    Map<String, String> q = p.getQualifiers() == null ? new TreeMap<>() : new TreeMap<>(p.getQualifiers());
    if ("maven".equals(p.getType()) && "jar".equals(q.get("type"))) {
      q.remove("type");
    }
    try {
      if ("pypi".equals(p.getType())) {
        return PurlFactory.pypi(p.getName(), p.getVersion(), q);
      }
      return PurlFactory.create(p.getType(), p.getNamespace(), p.getName(), p.getVersion(), q);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static PackageURL parse(String purl) {
    if (purl == null || purl.isBlank()) {
      return null;
    }
    try {
      return new PackageURL(purl.strip());
    } catch (MalformedPackageURLException | RuntimeException e) {
      return null;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}

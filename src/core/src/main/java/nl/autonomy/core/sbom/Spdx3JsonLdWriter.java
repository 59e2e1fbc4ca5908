package nl.autonomy.core.sbom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.AutonomyVersion;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v3_0_1.SpdxConstantsV3;
import org.spdx.library.model.v3_0_1.SpdxModelClassFactoryV3;
import org.spdx.library.model.v3_0_1.core.CreationInfo;
import org.spdx.library.model.v3_0_1.core.Element;
import org.spdx.library.model.v3_0_1.core.HashAlgorithm;
import org.spdx.library.model.v3_0_1.core.RelationshipType;
import org.spdx.library.model.v3_0_1.core.SpdxDocument;
import org.spdx.library.model.v3_0_1.software.Sbom;
import org.spdx.library.model.v3_0_1.software.SpdxPackage;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.v3jsonldstore.JsonLDStore;

/**
 * {@code bom.spdx3.jsonld}: the SBOM as SPDX 3.0.1 JSON-LD (BSI TR-03183-2 accepts SPDX from 3.0.1),
 * built and serialised with the SPDX Java library's v3 model and JSON-LD store: a document with one
 * SBOM, a package per component (name, version, purl, hashes), the dependency edges as
 * {@code dependsOn} relationships and each known licence as a {@code hasDeclaredLicense}
 * relationship to its expression. Element ids are derived from the content (the CycloneDX serial
 * number), the creation time is the scan's, so the same result gives the same bytes. Written only
 * when named ({@code --format spdx3-jsonld}); {@code spdx-json} (2.3) is the default SPDX format.
 */
public final class Spdx3JsonLdWriter implements ReportWriter {

  private static final Map<String, HashAlgorithm> ALGORITHMS = Map.of(
      "SHA-1", HashAlgorithm.SHA1, "SHA-256", HashAlgorithm.SHA256, "SHA-384", HashAlgorithm.SHA384,
      "SHA-512", HashAlgorithm.SHA512, "MD5", HashAlgorithm.MD5);
  private static final Map<String, Integer> HEX_LENGTHS = Map.of(
      "SHA-1", 40, "SHA-256", 64, "SHA-384", 96, "SHA-512", 128, "MD5", 32);

  @Override
  public String format() {
    return "spdx3-jsonld";
  }

  @Override
  public String fileName() {
    return "bom.spdx3.jsonld";
  }

  @Override
  public boolean onRequest() {
    return true;
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    try {
      out.write(render(result));
    } catch (InvalidSPDXAnalysisException e) {
      throw new IOException("cannot write the SPDX 3 document (a bug in Autonomy, please report it): " + e.getMessage(), e);
    }
  }

  static byte[] render(ScanResult result) throws InvalidSPDXAnalysisException, IOException {
    if (System.getProperty("org.spdx.useJARLicenseInfoOnly") == null) {
      System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
    }
    SpdxModelFactory.init();
    Inventory inventory = result.inventory();
    String serial = new CycloneDxMapper().map(result).getSerialNumber().replaceFirst("^urn:uuid:", "");
    String prefix = "https://spdx.org/spdxdocs/" + safe(inventory.project().name()) + "-" + serial + "/";
    JsonLDStore store = new JsonLDStore(new InMemSpdxStore(), true);
    ModelCopyManager copies = new ModelCopyManager();
    CreationInfo creation = SpdxModelClassFactoryV3.createCreationInfo(store, prefix + "Agent/autonomy",
        AutonomyVersion.NAME + " " + inventory.provenance().toolVersion(), copies);
    creation.setCreated(inventory.provenance().timestamp().truncatedTo(ChronoUnit.SECONDS).toString());
    SpdxDocument doc = (SpdxDocument) SpdxModelClassFactoryV3.getModelObject(store, prefix + "document",
        SpdxConstantsV3.CORE_SPDX_DOCUMENT, copies, true, prefix);
    doc.setCreationInfo(creation);
    doc.setName(inventory.project().name());
    Sbom sbom = (Sbom) SpdxModelClassFactoryV3.getModelObject(store, prefix + "sbom", SpdxConstantsV3.SOFTWARE_SBOM, copies,
        true, prefix);
    sbom.setCreationInfo(creation);
    List<Component> all = new ArrayList<>();
    all.add(inventory.project());
    all.addAll(inventory.components());
    Map<String, SpdxPackage> packages = new HashMap<>();
    int n = 0;
    for (Component c : all) {
      SpdxPackage pkg = pkg(sbom, prefix + "package/" + (n++), c);
      packages.put(c.ref(), pkg);
      sbom.getElements().add(pkg);
    }
    sbom.getRootElements().add(packages.get(inventory.project().ref()));
    int r = 0;
    for (DependencyEdge e : inventory.edges()) {
      SpdxPackage from = packages.get(e.from());
      SpdxPackage to = packages.get(e.to());
      if (from != null && to != null) {
        sbom.getElements().add(sbom.createRelationship(prefix + "relationship/" + (r++)).setFrom(from).addTo(to)
            .setRelationshipType(RelationshipType.DEPENDS_ON).build());
      }
    }
    n = 0;
    for (Component c : all) {
      String expression = c.license() != null && c.license().isKnown() ? c.license().expression() : null;
      if (expression != null) {
        Element license = sbom.createLicenseExpression(prefix + "license/" + n).setLicenseExpression(expression).build();
        sbom.getElements().add(license);
        sbom.getElements().add(sbom.createRelationship(prefix + "license-of/" + n).setFrom(packages.get(c.ref()))
            .addTo(license).setRelationshipType(RelationshipType.HAS_DECLARED_LICENSE).build());
      }
      n++;
    }
    doc.getRootElements().add(sbom);
    doc.getElements().add(sbom);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.serialize(out); // the whole store: the document, its SBOM and every element they hold
    return out.toByteArray();
  }

  private static SpdxPackage pkg(Sbom sbom, String id, Component c) throws InvalidSPDXAnalysisException {
    SpdxPackage.SpdxPackageBuilder b = sbom.createSpdxPackage(id).setName(c.name());
    if (c.version() != null) {
      b.setPackageVersion(c.version());
    }
    if (c.purl() != null) {
      b.setPackageUrl(c.purl());
    }
    String copyright = ComponentMapper.copyrightText(c);
    if (copyright != null) {
      b.setCopyrightText(copyright); // software_copyrightText; left out, not NOASSERTION, when unknown
    }
    int h = 0;
    for (Map.Entry<String, String> e : c.hashes().entrySet()) {
      HashAlgorithm alg = ALGORITHMS.get(e.getKey());
      // a value that is not hex of the algorithm's length (a garbled lockfile) is left out, as in
      // the other SBOMs: the library would refuse the document
      if (alg != null && SpdxJsonWriter.hexOfLength(e.getValue(), HEX_LENGTHS.get(e.getKey()))) {
        b.addVerifiedUsing(sbom.createHash(id + "/hash/" + (h++)).setAlgorithm(alg).setHashValue(e.getValue()).build());
      }
    }
    return b.build();
  }

  private static String safe(String s) {
    String t = s == null ? "" : s.replaceAll("[^A-Za-z0-9.-]+", "-");
    return t.isEmpty() ? "x" : t;
  }
}

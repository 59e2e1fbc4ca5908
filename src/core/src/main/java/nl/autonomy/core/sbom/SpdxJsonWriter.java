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
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.enumerations.ChecksumAlgorithm;
import org.spdx.library.model.v2.enumerations.ReferenceCategory;
import org.spdx.library.model.v2.enumerations.RelationshipType;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.library.referencetype.ListedReferenceTypes;
import org.spdx.storage.simple.InMemSpdxStore;

/**
 * {@code bom.spdx.json}: SPDX 2.3 JSON, built in java-spdx-library's model and written by the SPDX
 * project's spdx-jackson-store (sorted, so the same result gives the same bytes). The document's
 * namespace is derived from the CycloneDX serial number, itself derived from the content.
 */
public final class SpdxJsonWriter implements ReportWriter {

  private static final Map<String, ChecksumAlgorithm> ALGORITHMS = Map.of(
      "SHA-1", ChecksumAlgorithm.SHA1, "SHA-256", ChecksumAlgorithm.SHA256, "SHA-384", ChecksumAlgorithm.SHA384,
      "SHA-512", ChecksumAlgorithm.SHA512, "MD5", ChecksumAlgorithm.MD5);
  private static final Map<String, Integer> HEX_LENGTHS = Map.of(
      "SHA-1", 40, "SHA-256", 64, "SHA-384", 96, "SHA-512", 128, "MD5", 32);

  static boolean hexOfLength(String value, int length) {
    if (value == null || value.length() != length) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String format() {
    return "spdx-json";
  }

  @Override
  public String fileName() {
    return "bom.spdx.json";
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    try {
      out.write(render(result));
    } catch (InvalidSPDXAnalysisException e) {
      throw new IOException("cannot write the SPDX document (a bug in Autonomy, please report it): " + e.getMessage(), e);
    }
  }

  static byte[] render(ScanResult result) throws InvalidSPDXAnalysisException, IOException {
    init();
    Inventory inventory = result.inventory();
    String serial = new CycloneDxMapper().map(result).getSerialNumber().replaceFirst("^urn:uuid:", "");
    String namespace = "https://spdx.org/spdxdocs/" + safe(inventory.project().name()) + "-" + serial;
    MultiFormatStore store = new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON_PRETTY);
    ModelCopyManager copies = new ModelCopyManager();
    SpdxDocument doc = new SpdxDocument(store, namespace, copies, true);
    doc.setCreationInfo(doc.createCreationInfo(List.of("Tool: " + AutonomyVersion.NAME + "-" + inventory.provenance().toolVersion()),
        inventory.provenance().timestamp().truncatedTo(ChronoUnit.SECONDS).toString()));
    doc.setSpecVersion("SPDX-2.3");
    doc.setName(inventory.project().name());
    doc.setDataLicense(LicenseInfoFactory.parseSPDXLicenseStringCompatV2("CC0-1.0", store, namespace, copies));
    Map<String, SpdxPackage> packages = new HashMap<>();
    List<Component> all = new ArrayList<>();
    all.add(inventory.project());
    all.addAll(inventory.components());
    int n = 0;
    for (Component c : all) {
      String id = "SPDXRef-Package-" + (n++) + "-" + safe(c.name());
      packages.put(c.ref(), pkg(doc, store, namespace, copies, id, c));
    }
    for (DependencyEdge e : inventory.edges()) {
      SpdxPackage from = packages.get(e.from());
      SpdxPackage to = packages.get(e.to());
      if (from != null && to != null && from != to) {
        from.addRelationship(doc.createRelationship(to, RelationshipType.DEPENDS_ON, null));
      }
    }
    doc.getDocumentDescribes().add(packages.get(inventory.project().ref()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    store.serialize(bytes);
    return bytes.toByteArray();
  }

  private static SpdxPackage pkg(SpdxDocument doc, MultiFormatStore store, String ns, ModelCopyManager copies,
      String id, Component c) throws InvalidSPDXAnalysisException {
    AnyLicenseInfo concluded = license(c.license() != null && c.license().isKnown() ? c.license().expression() : null,
        store, ns, copies);
    DeclaredLicense first = c.declaredLicenses().stream().filter(l -> l.spdxExpression() != null).findFirst().orElse(null);
    AnyLicenseInfo declared = license(first == null ? null : first.spdxExpression(), store, ns, copies);
    // copyrightText: the statements the component's sources give, else NOASSERTION (none is invented)
    String copyright = ComponentMapper.copyrightText(c);
    SpdxPackage.SpdxPackageBuilder b = doc.createPackage(id, c.name(), concluded,
            copyright == null ? "NOASSERTION" : copyright, declared)
        .setFilesAnalyzed(false)
        .setDownloadLocation("NOASSERTION");
    if (c.version() != null) {
      b.setVersionInfo(c.version());
    }
    if (c.vendor() != null && c.vendor().isKnown() && c.vendor().name() != null) {
      b.setSupplier("Organization: " + c.vendor().name().replace('(', '[').replace(')', ']'));
    }
    String archive = c.properties().get("autonomy:archive");
    if (archive != null && "delivered".equals(c.properties().get("autonomy:hash:source"))) {
      b.setPackageFileName(archive.substring(Math.max(archive.lastIndexOf('/'), archive.lastIndexOf('!')) + 1));
    }
    if (c.purl() != null) {
      b.addExternalRef(doc.createExternalRef(ReferenceCategory.PACKAGE_MANAGER,
          ListedReferenceTypes.getListedReferenceTypes().getListedReferenceTypeByName("purl"), c.purl(), null));
    }
    for (Map.Entry<String, String> h : c.hashes().entrySet()) {
      ChecksumAlgorithm alg = ALGORITHMS.get(h.getKey());
      // a value from a scanned file that is not hex of the algorithm's length (a garbled lockfile's
      // integrity field) is left out, as in the CycloneDX BOMs: the library would refuse the document
      if (alg != null && hexOfLength(h.getValue(), HEX_LENGTHS.get(h.getKey()))) {
        b.addChecksum(doc.createChecksum(alg, h.getValue()));
      }
    }
    return b.build();
  }

  /** An SPDX expression the library can parse, else NOASSERTION: an unknown licence is not guessed. */
  private static AnyLicenseInfo license(String expression, MultiFormatStore store, String ns, ModelCopyManager copies)
      throws InvalidSPDXAnalysisException {
    if (expression != null) {
      try {
        return LicenseInfoFactory.parseSPDXLicenseStringCompatV2(expression, store, ns, copies);
      } catch (InvalidSPDXAnalysisException | RuntimeException e) {
        // not an expression the SPDX library accepts: stated as no assertion rather than written wrong
      }
    }
    return LicenseInfoFactory.parseSPDXLicenseStringCompatV2("NOASSERTION", store, ns, copies);
  }

  private static String safe(String s) {
    String t = s == null ? "" : s.replaceAll("[^A-Za-z0-9.-]+", "-");
    return t.isEmpty() ? "x" : t;
  }

  private static void init() {
    if (System.getProperty("org.spdx.useJARLicenseInfoOnly") == null) {
      System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
    }
    SpdxModelFactory.init();
  }
}

package nl.autonomy.core.detect.sbom;

import static nl.autonomy.core.quality.SbomFacts.DocField;
import static nl.autonomy.core.quality.SbomFacts.PartField;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.SupplierSbom;
import nl.autonomy.core.quality.FieldChecks;
import nl.autonomy.core.quality.Presence;
import nl.autonomy.core.quality.SbomFacts;
import nl.autonomy.core.quality.SbomStandards;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.jacksonstore.MultiFormatStore;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.Checksum;
import org.spdx.library.model.v2.ExternalRef;
import org.spdx.library.model.v2.Relationship;
import org.spdx.library.model.v2.SpdxDocument;
import org.spdx.library.model.v2.SpdxElement;
import org.spdx.library.model.v2.SpdxPackage;
import org.spdx.library.model.v2.enumerations.RelationshipType;
import org.spdx.library.model.v2.license.AnyLicenseInfo;
import org.spdx.storage.ISerializableModelStore;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.tagvaluestore.TagValueStore;

/**
 * Reads an SPDX 2.2/2.3 document, JSON or tag-value, with the SPDX project's own stores
 * (spdx-jackson-store, spdx-tagvalue-store) into java-spdx-library's model; the library's
 * {@code verify()} names what the document gets wrong.
 */
final class Spdx2Reader {

  private Spdx2Reader() {
  }

  static Detection read(String file, byte[] bytes, boolean tagValue) {
    SpdxSupport.init();
    Detection.Builder out = Detection.builder();
    ISerializableModelStore store = tagValue ? new TagValueStore(new InMemSpdxStore())
        : new MultiFormatStore(new InMemSpdxStore(), MultiFormatStore.Format.JSON);
    SpdxDocument doc;
    try {
      doc = (SpdxDocument) store.deSerialize(new ByteArrayInputStream(bytes), false);
    } catch (Exception e) {
      out.problem(Problem.error(SbomDetector.ID, Location.of(file, SpdxSupport.lineOf(e)),
          "cannot read the SPDX document: " + SpdxSupport.message(e) + "; nothing of this SBOM could be read"));
      return out.build();
    }
    boolean valid = true;
    try {
      for (String error : doc.verify()) {
        valid = false;
        out.problem(Problem.error(SbomDetector.ID, Location.of(file), "not valid SPDX: " + error
            + "; what could be read is used, the SBOM is not complete"));
      }
      map(file, doc, store, valid, out);
    } catch (InvalidSPDXAnalysisException | RuntimeException e) {
      out.problem(Problem.error(SbomDetector.ID, Location.of(file), "cannot read the SPDX document: "
          + SpdxSupport.message(e) + "; what was read before is used"));
    }
    return out.build();
  }

  private static void map(String file, SpdxDocument doc, ISerializableModelStore store, boolean valid,
      Detection.Builder out) throws InvalidSPDXAnalysisException {
    List<SpdxPackage> packages = new ArrayList<>();
    try (var all = SpdxModelFactory.getSpdxObjects(store, null, "Package", null, doc.getDocumentUri())) {
      all.map(SpdxPackage.class::cast).sorted(java.util.Comparator.comparing(SpdxPackage::getId)).forEach(packages::add);
    }
    Set<String> described = new HashSet<>();
    for (SpdxElement e : doc.getDocumentDescribes()) {
      described.add(e.getId());
    }
    Map<String, Claims> claims = new LinkedHashMap<>();
    Map<String, SbomFacts.Part> parts = new LinkedHashMap<>();
    Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    for (SpdxPackage p : packages) {
      claims.put(p.getId(), claims(file, p));
      for (Relationship r : p.getRelationships()) {
        Optional<SpdxElement> to = r.getRelatedSpdxElement();
        if (to.isEmpty()) {
          continue;
        }
        RelationshipType t = r.getRelationshipType();
        if (t == RelationshipType.DEPENDS_ON || t == RelationshipType.CONTAINS || t == RelationshipType.DYNAMIC_LINK
            || t == RelationshipType.STATIC_LINK) {
          dependsOn.computeIfAbsent(p.getId(), k -> new ArrayList<>()).add(to.get().getId());
        } else if (t == RelationshipType.DEPENDENCY_OF || t == RelationshipType.CONTAINED_BY) {
          dependsOn.computeIfAbsent(to.get().getId(), k -> new ArrayList<>()).add(p.getId());
        }
      }
    }
    String subjectId = described.stream().filter(claims::containsKey).sorted().findFirst().orElse(null);
    Claims subject = subjectId == null ? null : claims.get(subjectId);
    Set<String> direct = new HashSet<>(dependsOn.getOrDefault(subjectId, List.of()));
    dependsOn.forEach((from, tos) -> tos.forEach(to -> {
      if (claims.containsKey(from) && claims.containsKey(to) && !from.equals(to)) {
        out.edge(claims.get(from).ref(), claims.get(to).ref());
      }
    }));
    for (SpdxPackage p : packages) {
      Claims c = claims.get(p.getId());
      if (p.getId().equals(subjectId)) {
        out.project(c.component().toBuilder().direct(true).build());
      } else {
        out.component(c.component().toBuilder().direct(direct.contains(p.getId())).build());
        parts.put(p.getId(), part(p, dependsOn.containsKey(p.getId()), placed(dependsOn, p.getId())));
      }
    }
    var info = doc.getCreationInfo();
    Map<DocField, Presence> d = new EnumMap<>(DocField.class);
    List<String> creators = info == null ? List.of() : new ArrayList<>(info.getCreators());
    d.put(DocField.AUTHOR, Presence.of(!creators.isEmpty()));
    d.put(DocField.CREATOR_CONTACT, Presence.of(creators.stream().anyMatch(SpdxSupport::creatorHasContact)));
    d.put(DocField.TIMESTAMP, Presence.of(info == null ? null : info.getCreated()));
    d.put(DocField.FORMAT_VERSION, FieldChecks.spdxVersion(doc.getSpecVersion()));
    d.put(DocField.MACHINE_READABLE, Presence.of(valid));
    d.put(DocField.SBOM_URI, Presence.of(doc.getDocumentUri()));
    // SPDX 2 has no completeness statement for a package's dependencies (NOASSERTION is about values)
    d.put(DocField.COMPLETENESS, Presence.ABSENT);
    d.put(DocField.SUBJECT, Presence.of(subject != null));
    d.put(DocField.TOP_LEVEL_DEPENDENCIES, Presence.of(subjectId != null
        && (dependsOn.containsKey(subjectId) || packages.size() == 1)));
    List<SupplierSbom.Claim> claimed = claims.values().stream().map(Claims::claim).toList();
    String spec = doc.getSpecVersion() == null ? null : doc.getSpecVersion().replaceFirst("^SPDX-", "");
    out.sbom(new SupplierSbom(file, "SPDX", spec, SbomFilesEncoding.of(store), valid,
        subject == null ? null : subject.ref(), claimed,
        SbomStandards.assess(file, new SbomFacts(d, List.copyOf(parts.values())))));
  }

  private static Claims claims(String file, SpdxPackage p) throws InvalidSPDXAnalysisException {
    String purl = null;
    for (ExternalRef r : p.getExternalRefs()) {
      String type = r.getReferenceType() == null ? "" : r.getReferenceType().getIndividualURI();
      if (type.endsWith("purl")) {
        purl = r.getReferenceLocator();
      }
    }
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Checksum c : p.getChecksums()) {
      hashes.put(SpdxSupport.cdxAlgorithm(c.getAlgorithm().name()), c.getValue());
    }
    List<DeclaredLicense> licenses = new ArrayList<>();
    for (AnyLicenseInfo l : List.of(p.getLicenseDeclared(), p.getLicenseConcluded())) {
      String text = l == null ? null : l.toString();
      if (text != null && !text.isBlank() && !text.equals("NOASSERTION") && !text.equals("NONE")) {
        DeclaredLicense dl = DeclaredLicense.spdx(text);
        if (!licenses.contains(dl)) {
          licenses.add(dl);
        }
      }
    }
    return new Claims(file, 0, p.getId(), purl, null, p.getName().orElse(p.getId()), p.getVersionInfo().orElse(null),
        licenses, hashes, SpdxSupport.organization(p.getSupplier().orElse(null)), Scope.RUNTIME,
        p.getCopyrightText());
  }

  private static SbomFacts.Part part(SpdxPackage p, boolean hasDependencies, boolean placed) throws InvalidSPDXAnalysisException {
    Map<PartField, Presence> f = new EnumMap<>(PartField.class);
    String supplier = p.getSupplier().orElse(null);
    f.put(PartField.SUPPLIER, Presence.of(SpdxSupport.stated(supplier) || SpdxSupport.stated(p.getOriginator().orElse(null))));
    f.put(PartField.CREATOR_CONTACT, Presence.of(SpdxSupport.creatorHasContact(p.getOriginator().orElse(null))));
    f.put(PartField.NAME, Presence.of(p.getName().orElse(null)));
    f.put(PartField.VERSION, Presence.of(p.getVersionInfo().orElse(null)));
    boolean identifier = false;
    for (ExternalRef r : p.getExternalRefs()) {
      String type = r.getReferenceType() == null ? "" : r.getReferenceType().getIndividualURI().toLowerCase(Locale.ROOT);
      identifier |= type.endsWith("purl") || type.contains("cpe") || type.endsWith("swid");
    }
    f.put(PartField.IDENTIFIER, Presence.of(identifier));
    f.put(PartField.DEPENDENCIES, Presence.of(hasDependencies));
    f.put(PartField.RELATIONSHIP, Presence.of(placed));
    f.put(PartField.FILENAME, Presence.of(p.getPackageFileName().orElse(null)));
    f.put(PartField.LICENSE, FieldChecks.spdxExpression(p.getLicenseConcluded() == null ? null : p.getLicenseConcluded().toString()));
    f.put(PartField.ORIGINAL_LICENSE, FieldChecks.spdxExpression(p.getLicenseDeclared() == null ? null : p.getLicenseDeclared().toString()));
    Presence sha512 = Presence.ABSENT;
    for (Checksum c : p.getChecksums()) {
      if (c.getAlgorithm().name().equals("SHA512")) {
        sha512 = sha512.or(FieldChecks.sha512(c.getValue()));
      }
    }
    f.put(PartField.HASH_SHA512, sha512);
    String download = p.getDownloadLocation().orElse(null);
    f.put(PartField.DEPLOYABLE_URI, Presence.of(SpdxSupport.stated(download) ? download : null));
    f.put(PartField.SOURCE_URI, Presence.of(p.getSourceInfo().orElse(null)));
    // SPDX 2 has no executable/archive/structured statements; a primary purpose says only part of it
    return new SbomFacts.Part(p.getId(), f);
  }

  static boolean placed(Map<String, List<String>> dependsOn, String id) {
    return dependsOn.containsKey(id) || dependsOn.values().stream().anyMatch(tos -> tos.contains(id));
  }

  /** The encoding a store reads. */
  private static final class SbomFilesEncoding {
    static String of(ISerializableModelStore store) {
      return store instanceof TagValueStore ? "tag-value" : "json";
    }
  }
}

package nl.autonomy.core.detect.sbom;

import static nl.autonomy.core.quality.SbomFacts.DocField;
import static nl.autonomy.core.quality.SbomFacts.PartField;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v3_0_1.core.Agent;
import org.spdx.library.model.v3_0_1.core.CreationInfo;
import org.spdx.library.model.v3_0_1.core.Element;
import org.spdx.library.model.v3_0_1.core.ExternalIdentifier;
import org.spdx.library.model.v3_0_1.core.Hash;
import org.spdx.library.model.v3_0_1.core.IntegrityMethod;
import org.spdx.library.model.v3_0_1.core.Relationship;
import org.spdx.library.model.v3_0_1.core.RelationshipCompleteness;
import org.spdx.library.model.v3_0_1.core.RelationshipType;
import org.spdx.library.model.v3_0_1.core.SpdxDocument;
import org.spdx.library.model.v3_0_1.software.SpdxPackage;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.v3jsonldstore.JsonLDStore;

/**
 * Reads an SPDX 3.0.1 JSON-LD document with the SPDX project's spdx-v3jsonld-store into
 * java-spdx-library's 3.0.1 model: packages, their dependency relationships (and the completeness
 * each states), licences stated by relationships, suppliers and hashes.
 */
final class Spdx3Reader {

  private Spdx3Reader() {
  }

  static Detection read(String file, byte[] bytes) {
    SpdxSupport.init();
    Detection.Builder out = Detection.builder();
    JsonLDStore store = new JsonLDStore(new InMemSpdxStore());
    SpdxDocument doc;
    try {
      doc = (SpdxDocument) store.deSerialize(new ByteArrayInputStream(bytes), false);
    } catch (Exception e) {
      out.problem(Problem.error(SbomDetector.ID, Location.of(file, SpdxSupport.lineOf(e)),
          "cannot read the SPDX 3 document: " + SpdxSupport.message(e) + "; nothing of this SBOM could be read"));
      return out.build();
    }
    boolean valid = true;
    try {
      for (String error : doc.verify()) {
        valid = false;
        out.problem(Problem.error(SbomDetector.ID, Location.of(file), "not valid SPDX 3.0.1: " + error
            + "; what could be read is used, the SBOM is not complete"));
      }
      map(file, doc, store, valid, out);
    } catch (Exception e) {
      out.problem(Problem.error(SbomDetector.ID, Location.of(file), "cannot read the SPDX 3 document: "
          + SpdxSupport.message(e) + "; what was read before is used"));
    }
    return out.build();
  }

  private static void map(String file, SpdxDocument doc, JsonLDStore store, boolean valid, Detection.Builder out)
      throws Exception {
    List<SpdxPackage> packages = new ArrayList<>();
    List<Relationship> relationships = new ArrayList<>();
    Set<String> roots = new HashSet<>();
    try (var all = SpdxModelFactory.getSpdxObjects(store, null, null, null, null)) {
      all.forEach(o -> {
        if (o instanceof SpdxPackage p) {
          packages.add(p);
        } else if (o instanceof Relationship r) {
          relationships.add(r);
        } else if (o instanceof org.spdx.library.model.v3_0_1.core.ElementCollection c) {
          // the document's root is typically an Sbom whose root is the product
          c.getRootElements().forEach(e -> roots.add(e.getObjectUri()));
        }
      });
    }
    packages.sort(java.util.Comparator.comparing(SpdxPackage::getObjectUri));
    Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    Map<String, List<String>> declared = new LinkedHashMap<>();
    Map<String, List<String>> concluded = new LinkedHashMap<>();
    Set<String> completeness = new HashSet<>();
    Set<String> described = new HashSet<>();
    for (Relationship r : relationships) {
      Element from = r.getFrom();
      if (from == null) {
        continue;
      }
      RelationshipType t = r.getRelationshipType();
      for (Element to : r.getTos()) {
        if (t == RelationshipType.DEPENDS_ON || t == RelationshipType.CONTAINS) {
          dependsOn.computeIfAbsent(from.getObjectUri(), k -> new ArrayList<>()).add(to.getObjectUri());
        } else if (t == RelationshipType.HAS_DECLARED_LICENSE) {
          declared.computeIfAbsent(from.getObjectUri(), k -> new ArrayList<>()).add(licenseText(to));
        } else if (t == RelationshipType.HAS_CONCLUDED_LICENSE) {
          concluded.computeIfAbsent(from.getObjectUri(), k -> new ArrayList<>()).add(licenseText(to));
        } else if (t == RelationshipType.DESCRIBES) {
          described.add(to.getObjectUri());
        }
      }
      if ((t == RelationshipType.DEPENDS_ON || t == RelationshipType.CONTAINS) && r.getCompleteness().isPresent()
          && r.getCompleteness().get() != RelationshipCompleteness.NO_ASSERTION) {
        completeness.add(from.getObjectUri());
      }
      if (t == RelationshipType.DEPENDS_ON && r.getTos().isEmpty() && r.getCompleteness().isPresent()) {
        dependsOn.computeIfAbsent(from.getObjectUri(), k -> new ArrayList<>());
      }
    }
    described.addAll(roots);
    Map<String, Claims> claims = new LinkedHashMap<>();
    for (SpdxPackage p : packages) {
      claims.put(p.getObjectUri(), claims(file, p, declared, concluded));
    }
    String subjectId = packages.stream().map(SpdxPackage::getObjectUri).filter(described::contains).sorted()
        .findFirst().orElse(null);
    Set<String> direct = new HashSet<>(dependsOn.getOrDefault(subjectId, List.of()));
    dependsOn.forEach((from, tos) -> tos.forEach(to -> {
      if (claims.containsKey(from) && claims.containsKey(to) && !from.equals(to)) {
        out.edge(claims.get(from).ref(), claims.get(to).ref());
      }
    }));
    List<SbomFacts.Part> parts = new ArrayList<>();
    for (SpdxPackage p : packages) {
      Claims c = claims.get(p.getObjectUri());
      if (p.getObjectUri().equals(subjectId)) {
        out.project(c.component().toBuilder().direct(true).build());
      } else {
        out.component(c.component().toBuilder().direct(direct.contains(p.getObjectUri())).build());
        parts.add(part(p, dependsOn.containsKey(p.getObjectUri()),
            Spdx2Reader.placed(dependsOn, p.getObjectUri()), declared, concluded));
      }
    }
    CreationInfo info = doc.getCreationInfo();
    Map<DocField, Presence> d = new EnumMap<>(DocField.class);
    List<Agent> creators = info == null ? List.of() : new ArrayList<>(info.getCreatedBys());
    d.put(DocField.AUTHOR, Presence.of(!creators.isEmpty() || (info != null && !info.getCreatedUsings().isEmpty())));
    d.put(DocField.CREATOR_CONTACT, Presence.of(creators.stream().anyMatch(Spdx3Reader::hasContact)));
    d.put(DocField.TIMESTAMP, Presence.of(info == null ? null : info.getCreated()));
    String spec = info == null ? null : info.getSpecVersion();
    d.put(DocField.FORMAT_VERSION, FieldChecks.spdxVersion(spec));
    d.put(DocField.MACHINE_READABLE, Presence.of(valid));
    d.put(DocField.SBOM_URI, Presence.of(doc.getObjectUri()));
    d.put(DocField.COMPLETENESS, Presence.of(!completeness.isEmpty()));
    d.put(DocField.SUBJECT, Presence.of(subjectId != null));
    d.put(DocField.TOP_LEVEL_DEPENDENCIES, Presence.of(subjectId != null
        && (dependsOn.containsKey(subjectId) || packages.size() == 1)));
    Claims subject = subjectId == null ? null : claims.get(subjectId);
    out.sbom(new SupplierSbom(file, "SPDX", spec, "json-ld", valid, subject == null ? null : subject.ref(),
        claims.values().stream().map(Claims::claim).toList(),
        SbomStandards.assess(file, new SbomFacts(d, parts))));
  }

  private static Claims claims(String file, SpdxPackage p, Map<String, List<String>> declared,
      Map<String, List<String>> concluded) throws Exception {
    String purl = p.getPackageUrl().orElse(null);
    for (ExternalIdentifier id : p.getExternalIdentifiers()) {
      if (purl == null && id.getExternalIdentifierType() != null
          && id.getExternalIdentifierType().getIndividualURI().endsWith("packageUrl")) {
        purl = id.getIdentifier();
      }
    }
    Map<String, String> hashes = new LinkedHashMap<>();
    for (IntegrityMethod m : p.getVerifiedUsings()) {
      if (m instanceof Hash h && h.getAlgorithm() != null) {
        hashes.put(SpdxSupport.cdxAlgorithm(h.getAlgorithm().name()), h.getHashValue());
      }
    }
    List<DeclaredLicense> licenses = new ArrayList<>();
    for (String l : concat(declared.get(p.getObjectUri()), concluded.get(p.getObjectUri()))) {
      if (SpdxSupport.stated(l) && !licenses.contains(DeclaredLicense.spdx(l))) {
        licenses.add(DeclaredLicense.spdx(l));
      }
    }
    Organization supplier = p.getSuppliedBy().isPresent() && p.getSuppliedBy().get().getName().isPresent()
        ? new Organization(p.getSuppliedBy().get().getName().get(), null) : null;
    return new Claims(file, 0, p.getObjectUri(), purl, null, p.getName().orElse(p.getObjectUri()),
        p.getPackageVersion().orElse(null), licenses, hashes, supplier, Scope.RUNTIME,
        p.getCopyrightText().orElse(null));
  }

  private static SbomFacts.Part part(SpdxPackage p, boolean hasDependencies, boolean placed, Map<String, List<String>> declared,
      Map<String, List<String>> concluded) throws Exception {
    Map<PartField, Presence> f = new EnumMap<>(PartField.class);
    f.put(PartField.SUPPLIER, Presence.of(p.getSuppliedBy().isPresent() || !p.getOriginatedBys().isEmpty()));
    f.put(PartField.CREATOR_CONTACT, Presence.of(p.getOriginatedBys().stream().anyMatch(Spdx3Reader::hasContact)));
    f.put(PartField.NAME, Presence.of(p.getName().orElse(null)));
    f.put(PartField.VERSION, Presence.of(p.getPackageVersion().orElse(null)));
    f.put(PartField.IDENTIFIER, Presence.of(p.getPackageUrl().isPresent() || !p.getExternalIdentifiers().isEmpty()));
    f.put(PartField.DEPENDENCIES, Presence.of(hasDependencies));
    f.put(PartField.RELATIONSHIP, Presence.of(placed));
    f.put(PartField.LICENSE, first(concluded.get(p.getObjectUri())));
    f.put(PartField.ORIGINAL_LICENSE, first(declared.get(p.getObjectUri())));
    Presence sha512 = Presence.ABSENT;
    for (IntegrityMethod m : p.getVerifiedUsings()) {
      if (m instanceof Hash h && h.getAlgorithm() != null && h.getAlgorithm().name().equals("SHA512")) {
        sha512 = sha512.or(FieldChecks.sha512(h.getHashValue()));
      }
    }
    f.put(PartField.HASH_SHA512, sha512);
    f.put(PartField.DEPLOYABLE_URI, Presence.of(SpdxSupport.stated(p.getDownloadLocation().orElse(null))));
    f.put(PartField.SOURCE_URI, Presence.of(p.getSourceInfo().orElse(null)));
    // BSI's SPDX 3 mapping: software_primaryPurpose / additionalPurpose say executable and archive
    boolean purpose = p.getPrimaryPurpose().isPresent();
    f.put(PartField.EXECUTABLE, Presence.of(purpose));
    f.put(PartField.ARCHIVE, Presence.of(purpose));
    return new SbomFacts.Part(p.getObjectUri(), f);
  }

  /** A licence element as an SPDX expression: an expression element, or a listed licence by its id. */
  private static String licenseText(Element e) {
    try {
      if (e instanceof org.spdx.library.model.v3_0_1.simplelicensing.LicenseExpression le) {
        return le.getLicenseExpression();
      }
    } catch (Exception ex) {
      return null;
    }
    String uri = e.getObjectUri();
    if (uri != null && uri.startsWith("https://spdx.org/licenses/")) {
      return uri.substring("https://spdx.org/licenses/".length());
    }
    return e.toString();
  }

  private static boolean hasContact(Agent a) {
    return a.getExternalIdentifiers().stream().anyMatch(id -> {
      try {
        return FieldChecks.contact(id.getIdentifier());
      } catch (Exception e) {
        return false;
      }
    }) || a.getExternalRefs().stream().anyMatch(r -> r.getLocators().stream().anyMatch(FieldChecks::contact));
  }

  private static Presence first(List<String> licenses) {
    Presence p = Presence.ABSENT;
    for (String l : licenses == null ? List.<String>of() : licenses) {
      p = p.or(FieldChecks.spdxExpression(l));
    }
    return p;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a == null ? List.of() : a);
    out.addAll(b == null ? List.of() : b);
    return out;
  }
}

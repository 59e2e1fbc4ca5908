package nl.autonomy.core.quality;

import static nl.autonomy.core.quality.SbomFacts.DocField;
import static nl.autonomy.core.quality.SbomFacts.PartField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Composition;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.license.Acknowledgement;

/**
 * The facts of a CycloneDX BOM, read from CycloneDX Core Java's model, with the field mapping of
 * BSI TR-03183-2 v2.1 for CycloneDX 1.6 (docs/sbom-quality.md has the table).
 */
public final class CdxFacts {

  private CdxFacts() {
  }

  /**
   * @param machineReadable whether the BOM was read without syntax or schema errors
   */
  public static SbomFacts of(Bom bom, boolean machineReadable) {
    return of(bom, bom.getSpecVersion(), machineReadable);
  }

  /**
   * @param specVersion the version the document declares (an XML BOM declares it by namespace,
   *     which the parsed model does not keep)
   */
  public static SbomFacts of(Bom bom, String specVersion, boolean machineReadable) {
    Metadata m = bom.getMetadata();
    Map<DocField, Presence> doc = new EnumMap<>(DocField.class);
    boolean author = m != null && (!nullToEmpty(m.getAuthors()).isEmpty() || hasName(m.getManufacturer())
        || hasName(m.getSupplier()) || (m.getToolChoice() != null && !nullToEmpty(m.getToolChoice().getComponents()).isEmpty())
        || !nullToEmpty(m.getTools()).isEmpty());
    doc.put(DocField.AUTHOR, Presence.of(author));
    boolean contact = m != null && (contact(m.getManufacturer())
        || nullToEmpty(m.getAuthors()).stream().anyMatch(a -> FieldChecks.contact(a.getEmail())));
    doc.put(DocField.CREATOR_CONTACT, m != null && m.getManufacturer() != null && !contact ? Presence.MALFORMED
        : Presence.of(contact));
    doc.put(DocField.TIMESTAMP, Presence.of(m != null && m.getTimestamp() != null));
    doc.put(DocField.FORMAT_VERSION, FieldChecks.cycloneDxVersion(specVersion));
    doc.put(DocField.MACHINE_READABLE, Presence.of(machineReadable));
    doc.put(DocField.SBOM_URI, Presence.of(bom.getSerialNumber()));
    doc.put(DocField.COMPLETENESS, Presence.of(nullToEmpty(bom.getCompositions()).stream()
        .map(Composition::getAggregate)
        .anyMatch(a -> a != null && a != Composition.Aggregate.UNKNOWN && a != Composition.Aggregate.NOT_SPECIFIED)));
    Component subject = m == null ? null : m.getComponent();
    doc.put(DocField.SUBJECT, Presence.of(subject != null && subject.getName() != null));
    Map<String, List<String>> graph = new java.util.HashMap<>();
    for (Dependency d : nullToEmpty(bom.getDependencies())) {
      if (d.getRef() != null) {
        graph.put(d.getRef(), nullToEmpty(d.getDependencies()).stream().map(Dependency::getRef).toList());
      }
    }
    // the subject's entry, even empty, says what it depends on; with no components it has none to list
    List<Component> all = new ArrayList<>();
    flatten(bom.getComponents(), all);
    boolean topLevel = subject != null && subject.getBomRef() != null && graph.containsKey(subject.getBomRef())
        && (!graph.get(subject.getBomRef()).isEmpty() || all.isEmpty());
    doc.put(DocField.TOP_LEVEL_DEPENDENCIES, Presence.of(topLevel));
    Set<String> placed = new HashSet<>(graph.keySet());
    graph.values().forEach(placed::addAll);
    List<SbomFacts.Part> parts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Component c : all) {
      String ref = refOf(c);
      if (seen.add(ref)) {
        Map<PartField, Presence> f = fields(c, graph);
        f.put(PartField.RELATIONSHIP, Presence.of(c.getBomRef() != null && placed.contains(c.getBomRef())));
        parts.add(new SbomFacts.Part(ref, f));
      }
    }
    return new SbomFacts(doc, parts);
  }

  /** The name a component goes by in the report: its bom-ref, else purl, else name@version. */
  public static String refOf(Component c) {
    if (c.getBomRef() != null && !c.getBomRef().isBlank()) {
      return c.getBomRef();
    }
    if (c.getPurl() != null && !c.getPurl().isBlank()) {
      return c.getPurl();
    }
    return (c.getGroup() == null ? "" : c.getGroup() + ":") + c.getName() + (c.getVersion() == null ? "" : "@" + c.getVersion());
  }

  /** Every component, nested ones (CycloneDX assemblies) included, in document order. */
  public static void flatten(List<Component> components, List<Component> into) {
    for (Component c : nullToEmpty(components)) {
      into.add(c);
      flatten(c.getComponents(), into);
    }
  }

  private static Map<PartField, Presence> fields(Component c, Map<String, List<String>> graph) {
    Map<PartField, Presence> f = new EnumMap<>(PartField.class);
    f.put(PartField.SUPPLIER, Presence.of(hasName(c.getSupplier()) || hasName(c.getManufacturer())
        || (c.getPublisher() != null && !c.getPublisher().isBlank())
        || nullToEmpty(c.getAuthors()).stream().anyMatch(a -> a.getName() != null && !a.getName().isBlank())
        || (c.getAuthor() != null && !c.getAuthor().isBlank())));
    OrganizationalEntity manufacturer = c.getManufacturer();
    f.put(PartField.CREATOR_CONTACT, contact(manufacturer) ? Presence.PRESENT
        : manufacturer != null ? Presence.MALFORMED : Presence.ABSENT);
    f.put(PartField.NAME, Presence.of(c.getName()));
    f.put(PartField.VERSION, Presence.of(c.getVersion()));
    f.put(PartField.IDENTIFIER, Presence.of(!blank(c.getPurl()) || !blank(c.getCpe()) || c.getSwid() != null));
    f.put(PartField.DEPENDENCIES, Presence.of(c.getBomRef() != null && graph.containsKey(c.getBomRef())));
    f.put(PartField.FILENAME, Presence.of(property(c, "bsi:component:filename").orElse(null)));
    for (String name : List.of("executable", "archive", "structured")) {
      String key = "bsi:component:" + name;
      f.put(PartField.valueOf(name.toUpperCase(java.util.Locale.ROOT)),
          FieldChecks.bsiProperty(key, property(c, key).orElse(null)));
    }
    f.put(PartField.LICENSE, license(c.getLicenses(), false));
    f.put(PartField.ORIGINAL_LICENSE, license(c.getLicenses(), true));
    Presence sha512 = Presence.ABSENT;
    for (Hash h : nullToEmpty(c.getHashes())) {
      if ("SHA-512".equalsIgnoreCase(h.getAlgorithm())) {
        sha512 = sha512.or(FieldChecks.sha512(h.getValue()));
      }
    }
    Presence deployable = Presence.ABSENT;
    Presence source = Presence.ABSENT;
    for (ExternalReference r : nullToEmpty(c.getExternalReferences())) {
      if (r.getType() == ExternalReference.Type.DISTRIBUTION) {
        deployable = deployable.or(Presence.of(r.getUrl()));
        for (Hash h : nullToEmpty(r.getHashes())) {
          if ("SHA-512".equalsIgnoreCase(h.getAlgorithm())) {
            sha512 = sha512.or(FieldChecks.sha512(h.getValue()));
          }
        }
      } else if (r.getType() == ExternalReference.Type.SOURCE_DISTRIBUTION || r.getType() == ExternalReference.Type.VCS) {
        source = source.or(Presence.of(r.getUrl()));
      }
    }
    f.put(PartField.HASH_SHA512, sha512);
    f.put(PartField.DEPLOYABLE_URI, deployable);
    f.put(PartField.SOURCE_URI, source);
    return f;
  }

  /**
   * The licence: an SPDX id, or an expression of SPDX ids. {@code original} asks for the licence
   * the creator declared (acknowledgement {@code declared}); otherwise any licence that is not
   * only declared-by-creator counts as the distribution licence, and one without an
   * acknowledgement counts for both (CycloneDX before 1.6 has none).
   */
  private static Presence license(LicenseChoice choice, boolean original) {
    if (choice == null) {
      return Presence.ABSENT;
    }
    Presence p = Presence.ABSENT;
    if (choice.getExpression() != null && counts(choice.getExpression().getAcknowledgement(), original)) {
      p = p.or(FieldChecks.spdxExpression(choice.getExpression().getValue()));
    }
    for (License l : nullToEmpty(choice.getLicenses())) {
      if (!counts(l.getAcknowledgement(), original)) {
        continue;
      }
      if (l.getId() != null) {
        p = p.or(FieldChecks.spdxExpression(l.getId()));
      } else if (l.getName() != null || l.getUrl() != null) {
        // a licence by name only is a licence, but not in the SPDX form the standards ask for
        p = p.or(Presence.MALFORMED);
      }
    }
    return p;
  }

  private static boolean counts(Acknowledgement a, boolean original) {
    if (a == null) {
      return true;
    }
    return original ? a == Acknowledgement.DECLARED : a == Acknowledgement.CONCLUDED;
  }

  private static Optional<String> property(Component c, String name) {
    // a property may come without a value ({"name": "bsi:component:filename"}): it states nothing
    return nullToEmpty(c.getProperties()).stream().filter(p -> p != null && name.equals(p.getName()))
        .map(Property::getValue).filter(java.util.Objects::nonNull).findFirst();
  }

  private static boolean contact(OrganizationalEntity e) {
    if (e == null) {
      return false;
    }
    return nullToEmpty(e.getUrls()).stream().anyMatch(FieldChecks::contact)
        || nullToEmpty(e.getContacts()).stream().map(OrganizationalContact::getEmail).anyMatch(FieldChecks::contact);
  }

  private static boolean hasName(OrganizationalEntity e) {
    return e != null && ((e.getName() != null && !e.getName().isBlank()) || !nullToEmpty(e.getUrls()).isEmpty());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}

package nl.autonomy.core.quality;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an SBOM holds, field by field, in the terms the standards use: the neutral view that
 * {@link SbomStandards} judges. Each SBOM format has its own reader of these facts ({@link
 * CdxFacts} for CycloneDX, the SPDX readers for SPDX, {@link InventoryFacts} for Autonomy's own).
 *
 * @param document the document's fields
 * @param components the components' fields, one entry per component
 */
public record SbomFacts(Map<DocField, Presence> document, List<Part> components) {

  public SbomFacts {
    Map<DocField, Presence> d = new EnumMap<>(DocField.class);
    for (DocField f : DocField.values()) {
      d.put(f, document.getOrDefault(f, Presence.ABSENT));
    }
    document = java.util.Collections.unmodifiableMap(d);
    components = List.copyOf(components);
  }

  /** The document's fields. */
  public enum DocField {
    /** Who made the SBOM (an author, a tool, a manufacturer): NTIA "author of SBOM data". */
    AUTHOR("author"),
    /** The SBOM's creator with an e-mail address or a URL: BSI 5.2.1. */
    CREATOR_CONTACT("creator-contact"),
    TIMESTAMP("timestamp"),
    /** CycloneDX 1.6 or later, SPDX 3.0.1 or later (malformed: an older version): BSI 4. */
    FORMAT_VERSION("format-version"),
    /** Read as a CycloneDX or SPDX document without a syntax or schema error (CRA: machine-readable). */
    MACHINE_READABLE("machine-readable"),
    /** The SBOM's own URI: CycloneDX serialNumber, SPDX document namespace or id. */
    SBOM_URI("sbom-uri"),
    /** Dependency completeness stated (CycloneDX compositions, a known aggregate). */
    COMPLETENESS("completeness"),
    /** The product the SBOM describes (CycloneDX metadata.component, SPDX DESCRIBES / rootElement). */
    SUBJECT("subject"),
    /** The product's direct dependencies listed (CRA: "at the very least the top-level dependencies"). */
    TOP_LEVEL_DEPENDENCIES("top-level-dependencies");

    private final String id;

    DocField(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** A component's fields. */
  public enum PartField {
    SUPPLIER("supplier"),
    /** The component's creator (manufacturer) with an e-mail address or URL: BSI 5.2.2. */
    CREATOR_CONTACT("creator-contact"),
    NAME("name"),
    VERSION("version"),
    /** A unique identifier: purl, CPE or SWID (NTIA "other unique identifiers"). */
    IDENTIFIER("identifier"),
    /** Its own dependencies are stated (it has an entry in the dependency graph): BSI. */
    DEPENDENCIES("dependencies"),
    /** It is placed in the dependency graph: something depends on it or it states its dependencies (NTIA). */
    RELATIONSHIP("relationship"),
    /** The file name of the deployable component (bsi:component:filename, SPDX packageFileName). */
    FILENAME("filename"),
    /** Distribution licence as an SPDX id or expression (malformed: a name only, an unknown id). */
    LICENSE("license"),
    /** SHA-512 of the deployable component (malformed: not 128 hex digits). */
    HASH_SHA512("hash-sha512"),
    EXECUTABLE("executable"),
    ARCHIVE("archive"),
    STRUCTURED("structured"),
    SOURCE_URI("source-uri"),
    DEPLOYABLE_URI("deployable-uri"),
    /** The licence as the component's creator states it (CycloneDX acknowledgement declared). */
    ORIGINAL_LICENSE("original-license");

    private final String id;

    PartField(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /**
   * One component's fields.
   *
   * @param ref the component's ref (its bom-ref or purl as the SBOM names it)
   * @param fields each field's presence; a field not in the map is absent
   */
  public record Part(String ref, Map<PartField, Presence> fields) {

    public Part {
      Objects.requireNonNull(ref, "ref");
      Map<PartField, Presence> f = new EnumMap<>(PartField.class);
      for (PartField p : PartField.values()) {
        f.put(p, fields.getOrDefault(p, Presence.ABSENT));
      }
      fields = java.util.Collections.unmodifiableMap(f);
    }

    public Presence get(PartField field) {
      return fields.get(field);
    }
  }
}

package nl.autonomy.core.quality;

import static nl.autonomy.core.quality.SbomFacts.DocField;
import static nl.autonomy.core.quality.SbomFacts.PartField;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.model.SbomQuality;

/**
 * Judges an SBOM's facts against the standards a supplier's SBOM is held to. Which fields each
 * standard asks for, and why these, is documented with the sources in docs/sbom-quality.md:
 * <ul>
 *   <li>NTIA, "The Minimum Elements For a Software Bill of Materials (SBOM)", 2021-07-12: supplier,
 *       component name, version, other unique identifiers, dependency relationship, author of SBOM
 *       data, timestamp;</li>
 *   <li>BSI TR-03183-2 v2.1.0 (2025-08-20) §4 (formats), §5.2.1 (SBOM), §5.2.2 (component), §5.3
 *       (additional fields, required only where they exist: they never fail the verdict);</li>
 *   <li>the CRA, Regulation (EU) 2024/2847 Annex I Part II (1) and Annex VII: a commonly used,
 *       machine-readable format covering at the very least the top-level dependencies.</li>
 * </ul>
 */
public final class SbomStandards {

  /** One field a standard asks for. */
  private record Requirement(DocField doc, PartField part, boolean required) {

    String id() {
      return doc != null ? doc.id() : "component-" + part.id();
    }
  }

  private record Standard(String id, String title, List<Requirement> requirements) {
  }

  private static Requirement doc(DocField f) {
    return new Requirement(f, null, true);
  }

  private static Requirement part(PartField f) {
    return new Requirement(null, f, true);
  }

  private static Requirement additional(PartField f) {
    return new Requirement(null, f, false);
  }

  private static final List<Standard> STANDARDS = List.of(
      new Standard("ntia", "NTIA Minimum Elements for an SBOM (2021)", List.of(
          doc(DocField.AUTHOR), doc(DocField.TIMESTAMP),
          part(PartField.SUPPLIER), part(PartField.NAME), part(PartField.VERSION), part(PartField.IDENTIFIER),
          part(PartField.RELATIONSHIP))),
      new Standard("bsi", "BSI TR-03183-2 v2.1.0 (2025)", List.of(
          doc(DocField.CREATOR_CONTACT), doc(DocField.TIMESTAMP), doc(DocField.FORMAT_VERSION),
          doc(DocField.COMPLETENESS), new Requirement(DocField.SBOM_URI, null, false),
          part(PartField.CREATOR_CONTACT), part(PartField.NAME), part(PartField.VERSION), part(PartField.FILENAME),
          part(PartField.DEPENDENCIES), part(PartField.LICENSE), part(PartField.HASH_SHA512),
          part(PartField.EXECUTABLE), part(PartField.ARCHIVE), part(PartField.STRUCTURED),
          additional(PartField.SOURCE_URI), additional(PartField.DEPLOYABLE_URI), additional(PartField.IDENTIFIER),
          additional(PartField.ORIGINAL_LICENSE))),
      new Standard("cra", "Cyber Resilience Act, Regulation (EU) 2024/2847, Annex I Part II (1)", List.of(
          doc(DocField.MACHINE_READABLE), doc(DocField.SUBJECT), doc(DocField.TOP_LEVEL_DEPENDENCIES))));

  private SbomStandards() {
  }

  /** The ids of the standards judged, in their order. */
  public static List<String> ids() {
    return STANDARDS.stream().map(Standard::id).toList();
  }

  public static SbomQuality assess(String subject, SbomFacts facts) {
    List<SbomQuality.Conformance> out = new ArrayList<>();
    for (Standard standard : STANDARDS) {
      List<SbomQuality.Field> fields = new ArrayList<>();
      for (Requirement r : standard.requirements()) {
        fields.add(r.doc() != null ? documentField(r, facts) : componentField(r, facts));
      }
      boolean conformant = fields.stream().filter(SbomQuality.Field::required).allMatch(SbomQuality.Field::met);
      out.add(new SbomQuality.Conformance(standard.id(), standard.title(), conformant, fields));
    }
    return new SbomQuality(subject, out);
  }

  private static SbomQuality.Field documentField(Requirement r, SbomFacts facts) {
    Presence p = facts.document().get(r.doc());
    // an additional field that is absent is not known to exist: it fails nothing
    return new SbomQuality.Field(r.id(), "document", r.required(), 1, p == Presence.PRESENT ? 1 : 0,
        p == Presence.ABSENT ? 1 : 0, p == Presence.MALFORMED ? 1 : 0, p == Presence.PRESENT ? 100 : 0, List.of());
  }

  private static SbomQuality.Field componentField(Requirement r, SbomFacts facts) {
    int present = 0;
    int absent = 0;
    int malformed = 0;
    List<String> lacking = new ArrayList<>();
    for (SbomFacts.Part part : facts.components()) {
      switch (part.get(r.part())) {
        case PRESENT -> present++;
        case ABSENT -> {
          absent++;
          lacking.add(part.ref());
        }
        case MALFORMED -> {
          malformed++;
          lacking.add(part.ref());
        }
      }
    }
    int total = facts.components().size();
    int share = total == 0 ? 100 : (int) (100L * present / total);
    return new SbomQuality.Field(r.id(), "component", r.required(), total, present, absent, malformed, share,
        lacking.stream().distinct().sorted().toList());
  }
}

package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;

/**
 * How well one SBOM meets the standards an SBOM is held to (NTIA minimum elements, BSI
 * TR-03183-2 v2.1, the CRA), field by field. docs/sbom-quality.md says which fields each standard
 * asks for, where each is read from, and why.
 *
 * @param subject what was judged: a supplier SBOM's file, or {@code autonomy} for the SBOM this
 *     scan writes
 * @param standards one result per standard, in a fixed order (ntia, bsi, cra)
 */
public record SbomQuality(String subject, List<Conformance> standards) {

  public SbomQuality {
    Objects.requireNonNull(subject, "subject");
    standards = List.copyOf(standards);
  }

  /** The result for one standard, or null when it was not judged. */
  public Conformance standard(String id) {
    return standards.stream().filter(s -> s.standard().equals(id)).findFirst().orElse(null);
  }

  /**
   * One standard's verdict.
   *
   * @param standard {@code ntia}, {@code bsi} or {@code cra}
   * @param title the document, e.g. {@code BSI TR-03183-2 v2.1.0}
   * @param conformant every required field present and well-formed, for the document and for
   *     every component
   * @param fields the fields, document fields first, then component fields, in the standard's order
   */
  public record Conformance(String standard, String title, boolean conformant, List<Field> fields) {

    public Conformance {
      Objects.requireNonNull(standard, "standard");
      fields = List.copyOf(fields);
    }

    /** The required fields that some component (or the document) lacks or has malformed. */
    public List<String> failing() {
      return fields.stream().filter(f -> f.required() && !f.met()).map(Field::field).toList();
    }
  }

  /**
   * One field of a standard, counted over the document ({@code total} 1) or over its components.
   *
   * @param field the field's id, e.g. {@code component-hash-sha512}
   * @param level {@code document} or {@code component}
   * @param required whether the standard requires it (false: required only where it exists, or
   *     recommended, so its absence fails nothing)
   * @param total how many were judged (1 for a document field, else the components)
   * @param present how many have it, well-formed
   * @param absent how many lack it
   * @param malformed how many have it but not in the form the standard asks for
   * @param share {@code present / total} in percent, rounded down; 100 when {@code total} is 0
   * @param lacking refs of the components that lack it or have it malformed, sorted
   */
  public record Field(String field, String level, boolean required, int total, int present, int absent,
      int malformed, int share, List<String> lacking) {

    public Field {
      Objects.requireNonNull(field, "field");
      lacking = List.copyOf(lacking);
    }

    public boolean met() {
      return absent == 0 && malformed == 0;
    }
  }
}

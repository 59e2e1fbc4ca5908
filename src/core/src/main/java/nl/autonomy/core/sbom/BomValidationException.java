package nl.autonomy.core.sbom;

import java.util.List;

/**
 * A BOM Autonomy generated does not pass the CycloneDX schema: a bug in Autonomy, never a reason
 * to write the file anyway. The message carries the schema's findings.
 */
public final class BomValidationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final List<String> messages;

  public BomValidationException(String format, List<String> messages) {
    super("the generated CycloneDX " + format + " BOM is not valid against the CycloneDX 1.6 schema"
        + " (a bug in Autonomy, please report it): " + String.join("; ", messages));
    this.messages = List.copyOf(messages);
  }

  /** What the schema validation reported, one entry per violation. */
  public List<String> messages() {
    return messages;
  }
}

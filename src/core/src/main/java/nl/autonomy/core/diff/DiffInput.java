package nl.autonomy.core.diff;

import java.util.Objects;
import nl.autonomy.core.ScanResult;

/**
 * One side of a comparison: a result and what it was read from.
 *
 * @param label how people name it: a file name or a run id, never an absolute path
 * @param kind what it was read from
 * @param result the result; its assessment is null for an SBOM
 */
public record DiffInput(String label, InputKind kind, ScanResult result) {

  public DiffInput {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(result, "result");
  }
}

package nl.autonomy.core.detect.signals;

import java.util.List;
import java.util.Optional;
import nl.autonomy.core.catalog.ServiceSignals;
import nl.autonomy.core.text.Glob;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * One family of lock-in signals (imports, endpoints, infrastructure as code, Kubernetes,
 * containers, CI). A family names the catalog entries it owns, the files it reads and judges each
 * matcher hit in its context; reading, matching and comment tracking are shared by
 * {@link SignalDetector}. Families are stateless and safe to call from several threads.
 */
public interface SignalFamily {

  /** Short id; evidence names its detector {@code signals.<id>}. */
  String id();

  EvidenceKind kind();

  /** This family's entries among a service's catalog signals. */
  List<String> entries(ServiceSignals signals);

  /** The literals the matcher looks for to find {@code entry}; empty when it is not text. */
  default List<String> anchors(String entry) {
    return List.of(Glob.of(entry).anchor());
  }

  /** Whether the family reads the file; judged from the path alone. */
  boolean accepts(WorkspaceFile file);

  /** Judges one hit of one of this family's signals. */
  Optional<ServiceUse> judge(HitContext hit);

  /** Sightings that follow from a file's path alone (the CI system a workflow file runs on). */
  default List<ServiceUse> fromPath(WorkspaceFile file, List<Signal> signals) {
    return List.of();
  }

  /** The detector id written into evidence. */
  default String detectorId() {
    return "signals." + id();
  }
}

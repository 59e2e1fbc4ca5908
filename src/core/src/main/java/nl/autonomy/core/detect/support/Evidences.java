package nl.autonomy.core.detect.support;

import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.source.PathRoles;

/** Evidence for an entry of a manifest or lockfile, weighed by what the file is for. */
public final class Evidences {

  private Evidences() {
  }

  public static Evidence lockfile(String detector, String file, int line, String excerpt) {
    return of(detector, EvidenceKind.LOCKFILE, file, line, excerpt);
  }

  public static Evidence manifest(String detector, String file, int line, String excerpt) {
    return of(detector, EvidenceKind.MANIFEST, file, line, excerpt);
  }

  public static Evidence of(String detector, EvidenceKind kind, String file, int line, String excerpt) {
    return new Evidence(detector, kind, Location.of(file, Math.max(0, line)), excerpt, 1.0, PathRoles.scopeOf(file));
  }
}

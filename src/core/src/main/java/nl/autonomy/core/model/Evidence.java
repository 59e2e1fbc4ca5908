package nl.autonomy.core.model;

import java.util.Objects;
import nl.autonomy.core.text.Urls;

/**
 * Why Autonomy believes something: which detector saw what, where.
 *
 * @param detector id of the detector that produced it
 * @param kind what sort of place it was found in
 * @param location file (relative to the scanned root), line and column
 * @param excerpt a short excerpt of the line, at most {@link #MAX_EXCERPT} characters
 * @param confidence 0..1; 1 means certain (a lockfile entry), lower for heuristics
 * @param scope what the file containing it is for (test fixtures and documentation weigh less)
 */
public record Evidence(
    String detector, EvidenceKind kind, Location location, String excerpt, double confidence, Scope scope)
    implements Comparable<Evidence> {

  public static final int MAX_EXCERPT = 200;

  public Evidence {
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(scope, "scope");
    excerpt = excerpt == null ? "" : Urls.redact(excerpt.strip());
    if (excerpt.length() > MAX_EXCERPT) {
      excerpt = excerpt.substring(0, MAX_EXCERPT - 1) + "…";
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }

  public static Evidence manifest(String detector, Location location, String excerpt) {
    return new Evidence(detector, EvidenceKind.MANIFEST, location, excerpt, 1.0, Scope.RUNTIME);
  }

  public static Evidence lockfile(String detector, Location location, String excerpt) {
    return new Evidence(detector, EvidenceKind.LOCKFILE, location, excerpt, 1.0, Scope.RUNTIME);
  }

  @Override
  public int compareTo(Evidence o) {
    int c = location.compareTo(o.location);
    if (c != 0) {
      return c;
    }
    c = detector.compareTo(o.detector);
    if (c != 0) {
      return c;
    }
    c = kind.compareTo(o.kind);
    return c != 0 ? c : excerpt.compareTo(o.excerpt);
  }
}

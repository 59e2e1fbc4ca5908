package nl.autonomy.core.detect.support;

import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * The marker and warning for packages known only from a manifest, without the lockfile that
 * would give exact versions and the transitive packages.
 */
public final class DeclaredOnly {

  /** Property key set on such components. */
  public static final String PROPERTY = "autonomy:incomplete";
  /** Property value: only what the manifest declares, nothing transitive. */
  public static final String VALUE = "declared-only";

  private DeclaredOnly() {
  }

  public static Problem warning(String detector, String path, String lockfileHint) {
    return Problem.warning(detector, Location.of(path),
        path + " has no " + lockfileHint + " beside it: only the packages it declares are listed, "
            + "without exact versions or transitive dependencies; commit the lockfile for a complete SBOM");
  }
}

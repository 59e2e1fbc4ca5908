package nl.autonomy.core.detect.support;

import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * The warning for a manifest read without the lockfile that would give exact versions and the
 * transitive packages; its components are marked with {@link DeclaredOnly}.
 */
public final class MissingLockfile {

  private MissingLockfile() {
  }

  public static Problem warning(String detector, String path, String lockfileHint) {
    return Problem.warning(detector, Location.of(path),
        path + " has no " + lockfileHint + " beside it: only the packages it declares are listed, "
            + "without exact versions or transitive dependencies; commit the lockfile for a complete SBOM");
  }
}

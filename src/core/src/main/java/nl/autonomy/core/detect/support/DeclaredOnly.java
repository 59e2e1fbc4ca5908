package nl.autonomy.core.detect.support;

import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.PropertyNames;

/**
 * Marks components known only from a manifest's declaration (a package.json without a lockfile, an
 * unpinned requirement): what will really be installed is unknown, and the SBOM must say so.
 */
public final class DeclaredOnly {

  /** Property that marks a component whose version is not resolved. */
  public static final String INCOMPLETE = nl.autonomy.core.model.PropertyNames.INCOMPLETE;
  public static final String DECLARED_ONLY = Component.DECLARED_ONLY;
  /** Property holding the version range or requirement as declared. */
  public static final String DECLARED_RANGE = PropertyNames.DECLARED_RANGE;

  private DeclaredOnly() {
  }

  /** Marks the builder declared-only and keeps the declared range. */
  public static Component.Builder mark(Component.Builder builder, String declaredRange) {
    return builder.property(INCOMPLETE, DECLARED_ONLY)
        .property(DECLARED_RANGE, declaredRange == null || declaredRange.isBlank() ? "*" : declaredRange.strip());
  }
}

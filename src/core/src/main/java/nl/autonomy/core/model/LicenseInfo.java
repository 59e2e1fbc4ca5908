package nl.autonomy.core.model;

import java.util.Objects;

/**
 * A component's license after classification.
 *
 * @param expression SPDX license expression, or null when unknown
 * @param category what the license allows
 * @param basis where it came from: {@code declared}, {@code history} (a catalog's license change by
 *     version overrides the declaration), {@code catalog} or {@code none}
 */
public record LicenseInfo(String expression, LicenseCategory category, String basis) {

  public LicenseInfo {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(basis, "basis");
  }

  public static LicenseInfo unknown() {
    return new LicenseInfo(null, LicenseCategory.UNKNOWN, "none");
  }

  public boolean isKnown() {
    return expression != null;
  }
}

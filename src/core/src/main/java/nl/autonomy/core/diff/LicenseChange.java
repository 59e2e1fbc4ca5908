package nl.autonomy.core.diff;

import nl.autonomy.core.model.LicenseCategory;

/**
 * A package whose license differs between the two sides, at the same or another version.
 *
 * @param identity the package without version
 * @param name {@code group:name} or {@code name}
 * @param fromVersion its old version
 * @param toVersion its new version
 * @param from the old SPDX expression, or null when unknown
 * @param to the new SPDX expression, or null when unknown
 * @param fromCategory the old category
 * @param toCategory the new category
 * @param kind relicensed, changed, now-unknown or now-known
 * @param direction for a relicensing: more or less restrictive; null otherwise
 */
public record LicenseChange(
    String identity, String name, String fromVersion, String toVersion, String from, String to,
    LicenseCategory fromCategory, LicenseCategory toCategory, LicenseChangeKind kind, Restriction direction) {

  /** A relicensing that takes rights away: what a city must look at. */
  public boolean restricts() {
    return kind == LicenseChangeKind.RELICENSED && direction == Restriction.MORE_RESTRICTIVE;
  }
}

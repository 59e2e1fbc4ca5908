package nl.autonomy.core.diff;

import java.util.Locale;
import nl.autonomy.core.model.Identified;

/** What happened to a package's license between two sides. */
public enum LicenseChangeKind implements Identified {
  /**
   * A relicensing event: both licenses are known and their categories differ (Apache-2.0 to
   * BUSL-1.1 as with Terraform, SSPL with Elasticsearch and Redis).
   */
  RELICENSED,
  /** Another license of the same category (MIT to BSD-3-Clause). */
  CHANGED,
  /** The license was known and is not any more: less certainty, not a relicensing. */
  NOW_UNKNOWN,
  /** The license was unknown and is known now. */
  NOW_KNOWN;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

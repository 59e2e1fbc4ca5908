package nl.autonomy.core.diff;

import java.util.Locale;
import nl.autonomy.core.model.Identified;

/**
 * Whether a relicensing gave the city fewer or more rights, by the order of
 * {@link nl.autonomy.core.model.LicenseCategory} (permissive, weak-copyleft, copyleft,
 * network-copyleft, source-available, proprietary: from most to least free).
 */
public enum Restriction implements Identified {
  MORE_RESTRICTIVE, LESS_RESTRICTIVE;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package nl.autonomy.core.model;

import java.util.Locale;

/** What a license allows a city to do, from most to least free. */
public enum LicenseCategory implements Identified {
  PERMISSIVE, WEAK_COPYLEFT, COPYLEFT, NETWORK_COPYLEFT, SOURCE_AVAILABLE, PROPRIETARY, UNKNOWN;

  /** The id used in catalogs, policies and reports: {@code weak-copyleft}. */
  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static LicenseCategory fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Open source in the OSI sense. */
  public boolean isOpenSource() {
    return this == PERMISSIVE || this == WEAK_COPYLEFT || this == COPYLEFT || this == NETWORK_COPYLEFT;
  }
}

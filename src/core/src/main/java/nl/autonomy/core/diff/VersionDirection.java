package nl.autonomy.core.diff;

import java.util.Locale;
import nl.autonomy.core.model.Identified;

/** Which way a package's version moved, by the shared version ordering ({@code catalog.Versions}). */
public enum VersionDirection implements Identified {
  UPGRADE, DOWNGRADE,
  /** Versions that order equal but are written differently, or a side without version. */
  OTHER;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package nl.autonomy.core.portfolio;

import java.util.Locale;
import nl.autonomy.core.model.Identified;

/** How a run came into the ledger: scanned by {@code portfolio scan}, or an imported report.json. */
public enum RunOrigin implements Identified {
  SCAN, IMPORT;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RunOrigin fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}

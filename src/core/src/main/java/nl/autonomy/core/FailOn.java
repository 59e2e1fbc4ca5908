package nl.autonomy.core;

import java.util.Locale;

/** The finding severity from which the verdict fails (exit code 1); {@link #NEVER} only reports. */
public enum FailOn implements nl.autonomy.core.model.Identified {
  ERROR, WARNING, NEVER;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FailOn fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}

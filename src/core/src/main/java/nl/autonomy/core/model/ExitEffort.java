package nl.autonomy.core.model;

import java.util.Locale;

/** How much work leaving a service takes, by the rule in {@code docs/lock-in.md}. */
public enum ExitEffort implements Identified {
  NONE, LOW, MEDIUM, HIGH, VERY_HIGH;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

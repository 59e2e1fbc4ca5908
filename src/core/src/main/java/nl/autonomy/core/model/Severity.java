package nl.autonomy.core.model;

import java.util.Locale;

/** How serious a policy finding is, from least to most: {@code info < warning < error}. */
public enum Severity implements Identified {
  INFO, WARNING, ERROR;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}

package nl.autonomy.core.policy;

import java.util.Locale;

/** What a rule looks at: each component, each service, or the portfolio as a whole. */
public enum Target {
  COMPONENT, SERVICE, PORTFOLIO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Target fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}

package nl.autonomy.core.policy;

import java.util.Locale;

/**
 * What a rule looks at: each third-party component, each service, the portfolio as a whole
 * (shares and counts), or the project itself (its own license, whether the scan read everything).
 */
public enum Target {
  COMPONENT, SERVICE, PORTFOLIO, PROJECT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Target fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}

package nl.autonomy.core.model;

import java.util.Locale;

/** How hard a service is to leave, from hardest to easiest. */
public enum LockInLevel implements Identified {
  /** Only that vendor speaks this API. */
  PROPRIETARY_API,
  /** A standard protocol other providers speak too (S3, JDBC, AMQP, OIDC, SMTP). */
  OPEN_PROTOCOL,
  /** Open source that can be run on own infrastructure. */
  SELF_HOSTABLE;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static LockInLevel fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}

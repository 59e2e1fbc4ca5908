package nl.autonomy.core.model;

import java.util.Locale;

/** What the evidence says about how a service is used. */
public enum ServiceUsage implements Identified {
  /** Shipped code, configuration or infrastructure uses the vendor's service. */
  VENDOR_SERVICE,
  /** The client speaks the service's open protocol to another store (S3 SDK against MinIO). */
  OPEN_PROTOCOL_ELSEWHERE,
  /** A client library is declared but no code imports it: possibly dead, a cheap exit. */
  DECLARED_ONLY,
  /**
   * Only pulled in by another dependency (an SDK's own dependency, such as {@code @vercel/oidc}
   * under the {@code ai} SDK), and no code of the project calls it: reachable through that
   * dependency, not a service the project chose.
   */
  TRANSITIVE_ONLY,
  /** Seen only in tests, fixtures or documentation. */
  TEST_ONLY;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

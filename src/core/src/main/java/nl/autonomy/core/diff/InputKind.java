package nl.autonomy.core.diff;

import nl.autonomy.core.model.Identified;

/** What a side of a comparison was read from; it decides what can be compared. */
public enum InputKind implements Identified {
  /** A saved {@code report.json}: everything, the assessment included. */
  REPORT_JSON("report-json"),
  /** A CycloneDX JSON SBOM: components, licenses, vendors and services, no assessment. */
  CYCLONEDX_JSON("cyclonedx-json"),
  /** A CycloneDX XML SBOM. */
  CYCLONEDX_XML("cyclonedx-xml"),
  /** A run stored in the portfolio ledger. */
  RUN("run"),
  /** The scan being made now (the other side of {@code scan --baseline}). */
  SCAN("scan");

  private final String id;

  InputKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /** Whether an SBOM of this kind carries the lock-in stage's depth of each service: only results do. */
  public boolean hasServiceDepth() {
    return this == REPORT_JSON || this == RUN || this == SCAN;
  }
}

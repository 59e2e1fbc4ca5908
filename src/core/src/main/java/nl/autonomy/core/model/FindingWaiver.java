package nl.autonomy.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The waiver that accepts a finding: it stays in every report, but no longer fails the verdict.
 *
 * @param reason why it is accepted, for the reader of the report
 * @param owner who is accountable
 * @param expires the last day it waives, or null for no end date
 */
public record FindingWaiver(String reason, String owner, LocalDate expires) {

  public FindingWaiver {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(owner, "owner");
  }
}

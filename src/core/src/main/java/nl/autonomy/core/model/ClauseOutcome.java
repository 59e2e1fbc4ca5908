package nl.autonomy.core.model;

import java.util.Locale;

/** How one clause (rule) of the policy came out for a delivery. */
public enum ClauseOutcome implements Identified {
  /** Nothing the rule judges met its condition (hits outside its scopes are only information). */
  PASS,
  /** At least one subject meets the condition and no waiver accepts it. */
  FAIL,
  /** Every subject that meets the condition is accepted by a waiver. */
  WAIVED;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

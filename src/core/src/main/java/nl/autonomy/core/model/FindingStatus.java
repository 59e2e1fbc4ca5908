package nl.autonomy.core.model;

import java.util.Locale;

/** Whether a finding was already in the baseline report ({@code --baseline}). */
public enum FindingStatus implements Identified {
  /** Not in the baseline, or no baseline given: counts for the verdict. */
  NEW,
  /** Already in the baseline: shown, but does not fail the verdict. */
  EXISTING;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

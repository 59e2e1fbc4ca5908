package nl.autonomy.core.sovereignty;

import java.util.List;
import java.util.Objects;

/**
 * One code-answerable criterion of an objective, at the SEAL level it contributes to, and what the
 * scan says about it.
 *
 * @param id stable id, e.g. {@code SOV-2-L3}
 * @param level the SEAL level (1-4) the criterion is needed for
 * @param text the criterion, in one sentence
 * @param status met, not met, or unknown (the scan could not establish it)
 * @param evidence what made it so: the services or components concerned, sorted, at most 10
 * @param more how many more there were beyond {@code evidence}
 */
public record Criterion(String id, int level, String text, Status status, List<String> evidence, int more) {

  /** Unknown is not met: the evidence does not support the level, but says nothing against it. */
  public enum Status implements nl.autonomy.core.model.Identified {
    MET, NOT_MET, UNKNOWN;

    @Override
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  static final int SHOWN = 10;

  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  static Criterion of(String id, int level, String text, List<String> against, List<String> unknown) {
    List<String> sortedAgainst = against.stream().distinct().sorted().toList();
    List<String> sortedUnknown = unknown.stream().distinct().sorted().toList();
    List<String> shown = !sortedAgainst.isEmpty() ? sortedAgainst : sortedUnknown;
    Status status = !sortedAgainst.isEmpty() ? Status.NOT_MET : !sortedUnknown.isEmpty() ? Status.UNKNOWN : Status.MET;
    return new Criterion(id, level, text, status, shown.stream().limit(SHOWN).toList(),
        Math.max(0, shown.size() - SHOWN));
  }

  public boolean met() {
    return status == Status.MET;
  }
}

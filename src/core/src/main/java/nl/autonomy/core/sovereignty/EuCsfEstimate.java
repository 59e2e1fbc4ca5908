package nl.autonomy.core.sovereignty;

import java.util.List;
import java.util.Objects;

/**
 * An evidence-based estimate, for a codebase, of the SEAL levels of the EU Cloud Sovereignty
 * Framework: per objective the highest level the scan's evidence supports, and overall the weakest
 * objective's level (the framework's minimum rule). Not a certification: the framework rates cloud
 * services against 48 criteria, most of which code cannot answer; those are listed per objective.
 *
 * @param framework the framework and version the mapping follows
 * @param notice what this is and is not, in one sentence
 * @param level the overall estimate: the lowest level of the objectives code speaks to
 * @param limitedBy the objectives at that lowest level, sorted
 * @param partial true when the scan did not read everything: the estimate is of what could be read
 * @param objectives SOV-1 to SOV-8, in order
 */
public record EuCsfEstimate(
    String framework, String notice, int level, List<String> limitedBy, boolean partial,
    List<ObjectiveEstimate> objectives) {

  public static final String FRAMEWORK = "EU Cloud Sovereignty Framework v1.2.1 (European Commission, October 2025)";
  public static final String NOTICE = "An evidence-based estimate for the code, not a certification: the framework"
      + " rates cloud services, and the criteria code cannot answer are listed per objective; the level holds only"
      + " if those are met too.";

  public EuCsfEstimate {
    Objects.requireNonNull(framework, "framework");
    limitedBy = limitedBy == null ? List.of() : List.copyOf(limitedBy);
    objectives = objectives == null ? List.of() : List.copyOf(objectives);
  }

  /** The estimate of one objective, e.g. {@code SOV-5}. */
  public java.util.Optional<ObjectiveEstimate> objective(String id) {
    return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
  }
}

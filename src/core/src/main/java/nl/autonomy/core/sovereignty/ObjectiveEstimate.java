package nl.autonomy.core.sovereignty;

import java.util.List;
import java.util.Objects;

/**
 * The estimate for one objective.
 *
 * @param id {@code SOV-2}
 * @param title the objective's name
 * @param weight the framework's weight in percent
 * @param level the highest SEAL level (0-4) whose code-answerable criteria, and those of every lower
 *     level, the evidence supports; null when code says nothing about the objective (SOV-1, SOV-8)
 * @param criteria the code-answerable criteria, by level
 * @param notAnswerable the framework's criteria that code cannot answer: they must be assessed
 *     elsewhere, and the estimate holds only if they are met too
 */
public record ObjectiveEstimate(
    String id, String title, int weight, Integer level, List<Criterion> criteria, List<String> notAnswerable) {

  public ObjectiveEstimate {
    Objects.requireNonNull(id, "id");
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    notAnswerable = notAnswerable == null ? List.of() : List.copyOf(notAnswerable);
  }

  /** The first criterion that keeps the level where it is, or null at SEAL-4 or when not assessed. */
  public Criterion limitingCriterion() {
    return criteria.stream().filter(c -> !c.met()).min(java.util.Comparator.comparingInt(Criterion::level))
        .orElse(null);
  }
}

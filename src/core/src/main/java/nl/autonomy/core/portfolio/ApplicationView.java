package nl.autonomy.core.portfolio;

import java.time.Instant;
import java.util.List;
import nl.autonomy.core.model.Verdict;

/**
 * One application on the dashboard: its latest run and its history.
 *
 * @param name the application
 * @param owner its owner, or null
 * @param criticality its business criticality, or null
 * @param runId the latest run
 * @param lastScanned when the latest run was scanned
 * @param source what was scanned
 * @param revision the commit (or digest) scanned
 * @param scores the latest scores, or null without an answer
 * @param verdict the latest verdict, or null
 * @param partial true when the latest run read only part of the code
 * @param vendorCoverage share (0..1) of third-party components with a known vendor
 * @param services the services found, by name, sorted
 * @param topVendors the vendors it depends on most (services first, then runtime components)
 * @param trend the overall score of each run, oldest first (null where a run had no answer)
 * @param delta the overall score's change since the previous answered run, or null
 */
public record ApplicationView(
    String name, String owner, Criticality criticality, String runId, Instant lastScanned, String source,
    String revision, AspectScores scores, Verdict verdict, boolean partial, double vendorCoverage,
    List<String> services, List<String> topVendors, List<TrendPoint> trend, Double delta) {

  /**
   * One run's overall score.
   *
   * @param at when it was scanned
   * @param overall its overall score, or null without an answer
   */
  public record TrendPoint(Instant at, Double overall) {
  }
}

package nl.autonomy.core.portfolio;

import java.time.LocalDate;

/**
 * The city's autonomy on one day: each application's latest run up to that day, its score
 * weighted by business criticality, with the coverage beside it.
 *
 * @param date the day (UTC) the figures hold at the end of
 * @param applications applications with at least one run by then
 * @param answered of those, applications whose latest run has a score
 * @param partial of the answered, applications whose latest run could read only part of the code
 * @param weighted true when any application has a stated criticality (then the mean is weighted)
 * @param scores the weighted mean of the answered applications' scores; null when none is answered
 * @param components third-party components over the counted runs
 * @param vendorCoverage share (0..1) of those with a known vendor
 * @param licenseCoverage share (0..1) of those with a known license
 */
public record CityScore(
    LocalDate date, int applications, int answered, int partial, boolean weighted, AspectScores scores,
    int components, double vendorCoverage, double licenseCoverage) {
}

package nl.autonomy.core.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * Everything the dashboard shows ({@code portfolio.json} is this record).
 *
 * @param asOf the time of the latest run: the dashboard's figures hold at that moment (never the
 *     time of writing, so the same ledger gives the same bytes)
 * @param runs runs in the ledger
 * @param now the city today: the last point of {@code timeline}, or null when there is no run
 * @param timeline the city per day with runs, oldest first
 * @param applications each application, by name
 * @param vendors vendor concentration, most applications first
 * @param exits the city's cheapest exits, cheapest first
 * @param exitBasis how {@code exits} was ranked
 * @param changes what changed since the previous run, per application with two runs or more
 */
public record Portfolio(
    Instant asOf, int runs, CityScore now, List<CityScore> timeline, List<ApplicationView> applications,
    List<VendorExposure> vendors, List<ExitOption> exits, String exitBasis,
    List<ApplicationChange> changes) {

  public Portfolio {
    timeline = List.copyOf(timeline);
    applications = List.copyOf(applications);
    vendors = List.copyOf(vendors);
    exits = List.copyOf(exits);
    changes = List.copyOf(changes);
  }
}

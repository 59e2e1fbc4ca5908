package nl.autonomy.core.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.ScoreContribution;
import nl.autonomy.core.model.Service;

/**
 * The city's cheapest exits: each proprietary service, left in every application that uses it.
 * What leaving it buys an application is the exit plan's what-if from its report.json
 * ({@code result.waysOut}: the policy evaluated again without the service, docs/exit-plans.md); a
 * report written before the ranking existed falls back to the score's trace. Ranked by the exit
 * effort the lock-in stage judged from the evidence (the largest among the
 * applications, so a cheap exit is cheap everywhere), then by what it buys the city: the score
 * points its findings cost, summed per application and weighted into the city's score.
 */
final class CheapestExits {

  static final String BASIS = "effort-then-points";

  private CheapestExits() {
  }

  static List<ExitOption> of(Map<String, ScanResult> latestByApp, Map<String, Integer> weights) {
    int totalWeight = latestByApp.keySet().stream().mapToInt(a -> weights.getOrDefault(a, 2)).sum();
    Map<String, Acc> acc = new TreeMap<>();
    for (var e : latestByApp.entrySet()) {
      ScanResult result = e.getValue();
      for (Service s : result.inventory().services()) {
        if (s.lockIn() != LockInLevel.PROPRIETARY_API) {
          continue;
        }
        Acc a = acc.computeIfAbsent(s.id(), k -> new Acc(s));
        a.applications.add(e.getKey());
        nl.autonomy.core.model.ExitOption ranked = ranked(result, s);
        // a service the lock-in stage did not judge (an old report) is never claimed a cheap exit
        ExitEffort effort = ranked != null ? ranked.effort() : s.depth() == null ? ExitEffort.HIGH : s.depth().effort();
        a.effort = a.effort == null || effort.compareTo(a.effort) > 0 ? effort : a.effort;
        // the exit plan's what-if (the policy evaluated again without the service) where the report
        // carries it; else the score trace of an older report
        double points = ranked != null ? Math.max(0, ranked.gain()) : points(result, s);
        a.points += points;
        a.cityPoints += totalWeight == 0 ? 0 : points * weights.getOrDefault(e.getKey(), 2) / totalWeight;
      }
    }
    List<ExitOption> out = new ArrayList<>();
    acc.forEach((id, a) -> out.add(new ExitOption(id, a.service.name(), VendorConcentration.vendorName(a.service),
        List.copyOf(a.applications), a.effort, a.points, a.cityPoints, a.service.alternatives(), a.service.standard())));
    out.sort(Comparator.comparing(ExitOption::effort).thenComparing(Comparator.comparingDouble(ExitOption::cityPoints)
        .reversed()).thenComparing(ExitOption::serviceId));
    return out.size() > PortfolioBuilder.EXITS ? out.subList(0, PortfolioBuilder.EXITS) : out;
  }

  /** The service in the report's ways out (the exit-plan ranking), or null in an older report. */
  private static nl.autonomy.core.model.ExitOption ranked(ScanResult result, Service s) {
    if (result.waysOut() == null) {
      return null;
    }
    return result.waysOut().stream().filter(w -> w.service().equals(s.id())).findFirst().orElse(null);
  }

  /**
   * The overall points the service's findings cost, by the score's own trace: contributions are
   * per aspect, and the overall score is the weighted mean of the aspects.
   */
  private static double points(ScanResult result, Service s) {
    if (result.assessment() == null) {
      return 0;
    }
    var score = result.assessment().score();
    double weights = score.aspects().stream().mapToDouble(a -> a.weight()).sum();
    if (weights <= 0) {
      return 0;
    }
    double lost = 0;
    for (ScoreContribution c : score.contributions()) {
      if (c.subject().equals(s.id()) || s.components().contains(c.subject())) {
        double w = score.aspects().stream().filter(a -> a.aspect() == c.aspect()).mapToDouble(a -> a.weight())
            .findFirst().orElse(0);
        lost += c.points() * w / weights;
      }
    }
    return lost;
  }

  private static final class Acc {
    final Service service;
    final TreeSet<String> applications = new TreeSet<>();
    ExitEffort effort;
    double points;
    double cityPoints;

    Acc(Service service) {
      this.service = service;
    }
  }
}

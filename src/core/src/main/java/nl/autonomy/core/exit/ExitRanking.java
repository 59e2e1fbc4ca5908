package nl.autonomy.core.exit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Service;

/**
 * Every service as a way out on its own, ordered by autonomy points gained per effort point: the
 * cheapest next points first. The gain is the what-if's (the scan's own evaluation of the inventory
 * without the service, its alternative in place); the cost is the exit-effort rule's points, at
 * least 1 so that a free exit ranks by its gain.
 */
final class ExitRanking {

  private ExitRanking() {
  }

  static List<ExitOption> rank(Inventory inventory, Assessment before, WhatIf whatIf) {
    double now = before.score().overall();
    List<ExitOption> options = new ArrayList<>();
    for (Service s : inventory.services()) {
      Inventory after = whatIf.apply(inventory, Set.of(s.id()), new ArrayList<>());
      double then = whatIf.judge(after).score().overall();
      int points = s.depth() == null ? 0 : s.depth().effortPoints();
      ExitEffort effort = s.depth() == null ? ExitEffort.NONE : s.depth().effort();
      double gain = round(then - now, 1);
      options.add(new ExitOption(0, s.id(), s.name(), s.vendorId(), effort, points, now, then, gain,
          round(gain / Math.max(1, points), 2)));
    }
    options.sort(Comparator.comparingDouble(ExitOption::gainPerEffort).reversed()
        .thenComparing(Comparator.comparingDouble(ExitOption::gain).reversed())
        .thenComparingInt(ExitOption::effortPoints)
        .thenComparing(ExitOption::service));
    List<ExitOption> ranked = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      ExitOption o = options.get(i);
      ranked.add(new ExitOption(i + 1, o.service(), o.name(), o.vendorId(), o.effort(), o.effortPoints(), o.before(),
          o.after(), o.gain(), o.gainPerEffort()));
    }
    return ranked;
  }

  private static double round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }
}

package nl.autonomy.core.report.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.autonomy.core.model.Component;

/** Counts components per label for the charts: largest first, the tail folded into one bar. */
public final class Shares {

  private Shares() {
  }

  /**
   * @param max how many bars at most; past that the smallest are summed under {@code otherLabel}
   */
  public static List<Share> of(List<Component> components, Function<Component, String> label, int max,
      String otherLabel) {
    Map<String, Integer> counts = new TreeMap<>();
    components.forEach(c -> counts.merge(label.apply(c), 1, Integer::sum));
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    int total = components.size();
    List<Share> out = new ArrayList<>();
    int other = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (i < max - 1 || sorted.size() <= max) {
        out.add(new Share(sorted.get(i).getKey(), sorted.get(i).getValue(), total));
      } else {
        other += sorted.get(i).getValue();
      }
    }
    if (other > 0) {
      out.add(new Share(otherLabel, other, total));
    }
    return out;
  }
}

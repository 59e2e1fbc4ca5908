package nl.autonomy.core.lockin.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision and recall of the scanner's sightings against hand labels, per signal family and
 * overall. A sighting is right when a label names the same repository, file, line and service with
 * the same scope; a sighting at a trap, at an unlabelled place or with the wrong scope is wrong (a
 * claim a security officer would strike). Recall counts the labelled uses (not traps) found with
 * their scope.
 */
final class BenchScore {

  /** Counts of one family. */
  static final class Counts {
    int truePositives;
    int falsePositives;
    int labelled;
    int found;

    double precision() {
      int reported = truePositives + falsePositives;
      return reported == 0 ? 1.0 : (double) truePositives / reported;
    }

    double recall() {
      return labelled == 0 ? 1.0 : (double) found / labelled;
    }
  }

  private final Map<String, Counts> byFamily = new TreeMap<>();
  private final Counts overall = new Counts();
  private final List<String> wrong = new ArrayList<>();
  private final List<String> missed = new ArrayList<>();

  static BenchScore of(List<Sighting> labels, List<Sighting> predicted) {
    BenchScore score = new BenchScore();
    Map<String, Sighting> labelAt = new HashMap<>();
    for (Sighting l : labels) {
      labelAt.put(l.place(), l);
    }
    Map<String, Sighting> foundAt = new HashMap<>();
    for (Sighting p : predicted) {
      Sighting label = labelAt.get(p.place());
      Counts c = score.family(p.family());
      if (label != null && !label.scope().equals("none") && label.scope().equals(p.scope())) {
        c.truePositives++;
        score.overall.truePositives++;
        foundAt.put(p.place(), p);
      } else {
        c.falsePositives++;
        score.overall.falsePositives++;
        score.wrong.add(p.tsv() + "\t" + (label == null ? "unlabelled" : "label: " + label.scope()));
      }
    }
    for (Sighting l : labels) {
      if (l.scope().equals("none")) {
        continue;
      }
      Counts c = score.family(l.family());
      c.labelled++;
      score.overall.labelled++;
      if (foundAt.containsKey(l.place())) {
        c.found++;
        score.overall.found++;
      } else {
        score.missed.add(l.tsv());
      }
    }
    return score;
  }

  private Counts family(String family) {
    return byFamily.computeIfAbsent(family, k -> new Counts());
  }

  Counts overall() {
    return overall;
  }

  Map<String, Counts> byFamily() {
    return byFamily;
  }

  List<String> wrong() {
    return wrong;
  }

  List<String> missed() {
    return missed;
  }

  /**
   * The benchmark's goals that this score misses (empty when all are met): overall precision at
   * least 0.95 and recall at least 0.90 over more than 150 labelled uses, every family at least 0.9
   * precise.
   */
  List<String> unmetGoals() {
    List<String> out = new ArrayList<>();
    if (overall.labelled <= 150) {
      out.add("only " + overall.labelled + " labelled uses (more than 150 wanted): are all extracts fetched?");
    }
    if (overall.precision() < 0.95) {
      out.add(String.format(java.util.Locale.ROOT, "overall precision %.3f < 0.95", overall.precision()));
    }
    if (overall.recall() < 0.90) {
      out.add(String.format(java.util.Locale.ROOT, "overall recall %.3f < 0.90", overall.recall()));
    }
    byFamily.forEach((family, c) -> {
      if (c.precision() < 0.9) {
        out.add(String.format(java.util.Locale.ROOT, "%s precision %.3f < 0.9", family, c.precision()));
      }
    });
    return out;
  }

  /** A Markdown table: family, labelled uses, reported, right, precision, recall. */
  String table() {
    StringBuilder out = new StringBuilder("| family | labelled uses | reported | right | precision | recall |\n"
        + "| --- | --- | --- | --- | --- | --- |\n");
    byFamily.forEach((family, c) -> out.append(row(family, c)));
    out.append(row("**overall**", overall));
    return out.toString();
  }

  private static String row(String name, Counts c) {
    return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f |%n", name, c.labelled,
        c.truePositives + c.falsePositives, c.truePositives, c.precision(), c.recall());
  }
}

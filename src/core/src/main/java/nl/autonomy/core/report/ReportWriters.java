package nl.autonomy.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The writers on the class path by format id, and the choice of formats a user asks for. */
public final class ReportWriters {

  /** Names every format at once in a format list. */
  public static final String ALL = "all";

  private final Map<String, ReportWriter> byFormat;

  public ReportWriters(List<ReportWriter> writers) {
    Map<String, ReportWriter> map = new TreeMap<>();
    for (ReportWriter w : writers) {
      ReportWriter clash = map.put(w.format(), w);
      if (clash != null) {
        throw new IllegalStateException("two report writers claim the format '" + w.format() + "': "
            + clash.getClass().getName() + " and " + w.getClass().getName());
      }
    }
    this.byFormat = map;
  }

  /** The writers registered with {@link ServiceLoader}. */
  public static ReportWriters load() {
    return load(ReportWriters.class.getClassLoader());
  }

  public static ReportWriters load(ClassLoader loader) {
    return new ReportWriters(ServiceLoader.load(ReportWriter.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .toList());
  }

  /** Every format id, sorted. */
  public List<String> formats() {
    return List.copyOf(byFormat.keySet());
  }

  /** Every writer that {@value #ALL} names (those written only on request left out), sorted by format id. */
  public List<ReportWriter> all() {
    return byFormat.values().stream().filter(w -> !w.onRequest()).toList();
  }

  /**
   * The writers for the named formats, sorted by format id, each once; {@value #ALL} (or an empty
   * list) names them all but those written only on request (the contract report), which are
   * added when named too. Ids are matched ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException naming the unknown ids and the allowed ones
   */
  public List<ReportWriter> select(List<String> formatIds) {
    if (formatIds == null || formatIds.isEmpty()) {
      return all();
    }
    Map<String, ReportWriter> chosen = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    boolean everything = false;
    for (String raw : formatIds) {
      String id = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
      ReportWriter w = byFormat.get(id);
      if (id.equals(ALL)) {
        everything = true;
      } else if (w == null) {
        unknown.add("'" + raw + "'");
      } else {
        chosen.put(id, w);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown output format " + String.join(", ", unknown)
          + "; allowed: " + String.join(", ", formats()) + " or " + ALL);
    }
    if (everything) {
      all().forEach(w -> chosen.putIfAbsent(w.format(), w));
    }
    return chosen.values().stream().sorted(Comparator.comparing(ReportWriter::format)).toList();
  }
}

package nl.autonomy.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.portfolio.Application;
import nl.autonomy.core.portfolio.Criticality;

/**
 * A list file of sources: one per line, {@code SOURCE | application | owner | criticality}, where
 * everything after the source is optional; blank lines and lines starting with {@code #} are
 * skipped. The pipe separates because names and owners have spaces and URLs have none that matter.
 *
 * <pre>
 * # source                                         | application | owner          | criticality
 * https://github.com/org/parkeren.git#main         | Parkeren    | team-parkeren  | high
 * /srv/deliveries/belastingen-2.4.zip              | Belastingen | Financiën      | critical
 * ./apps/website
 * </pre>
 */
public final class SourceList {

  private SourceList() {
  }

  /**
   * @throws SourceListException naming the file and line of a bad entry
   */
  public static List<SourceEntry> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<SourceEntry> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      if (f.length > 4) {
        throw new SourceListException(file + ":" + (i + 1) + ": more than 4 fields (SOURCE | application | owner"
            + " | criticality)");
      }
      String source = f[0].strip();
      if (source.isEmpty()) {
        throw new SourceListException(file + ":" + (i + 1) + ": the line names no source before the first |");
      }
      String name = field(f, 1);
      Criticality criticality;
      try {
        criticality = field(f, 3) == null ? null : Criticality.parse(field(f, 3));
      } catch (IllegalArgumentException e) {
        throw new SourceListException(file + ":" + (i + 1) + ": " + e.getMessage());
      }
      out.add(new SourceEntry(source, new Application(name == null ? SourceEntry.defaultName(source) : name,
          field(f, 2), criticality)));
    }
    return out;
  }

  /** One entry per source, the first one kept: a source listed twice is scanned once. */
  public static List<SourceEntry> distinct(List<SourceEntry> entries) {
    Map<String, SourceEntry> bySource = new LinkedHashMap<>();
    entries.forEach(e -> bySource.putIfAbsent(e.source(), e));
    return List.copyOf(bySource.values());
  }

  private static String field(String[] f, int i) {
    return i < f.length && !f[i].isBlank() ? f[i].strip() : null;
  }

  /** A list file's line is not understood; the message names file and line. */
  public static final class SourceListException extends RuntimeException {
    public SourceListException(String message) {
      super(message);
    }
  }
}

package nl.autonomy.core.summary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.text.Printable;

/** Whose the code is: the top vendors of what ships, the cloud services found, the coverage. */
final class OwnershipLines {

  private static final int TOP_VENDORS = 5;

  private final Ansi ansi;
  private final SummaryTexts t;

  OwnershipLines(Ansi ansi, SummaryTexts t) {
    this.ansi = ansi;
    this.t = t;
  }

  void render(Inventory inv, List<String> lines) {
    Map<String, Long> byVendor = inv.components().stream()
        .filter(c -> c.scope().ships() && c.vendor() != null && c.vendor().isKnown())
        .filter(c -> c.role() != ComponentRole.MODULE)
        .collect(Collectors.groupingBy(c -> c.vendor().id(), TreeMap::new, Collectors.counting()));
    if (!byVendor.isEmpty()) {
      String top = byVendor.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(TOP_VENDORS)
          .map(e -> Printable.of(e.getKey()) + " " + e.getValue())
          .collect(Collectors.joining(", "));
      lines.add(SummaryRenderer.row(t.get("row.vendors"), t.format("vendors", top)));
    }
    if (inv.services().isEmpty()) {
      lines.add(SummaryRenderer.row(t.get("row.services"), t.get("services.none")));
    } else {
      lines.add(SummaryRenderer.row(t.get("row.services"), t.format("services.count", inv.services().size())));
      for (Service s : inv.services()) {
        String level = s.lockIn().id();
        String shown = s.lockIn() == nl.autonomy.core.model.LockInLevel.PROPRIETARY_API ? ansi.red(level) : level;
        lines.add("    " + Printable.of(s.name()) + " (" + Printable.of(s.vendorId()) + ", " + shown + ")");
      }
    }
    // coverage is shown beside the score (SummaryRenderer), where it qualifies the answer
  }

}

package nl.autonomy.core.report.html;

import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.diff.ChangeCounts;
import nl.autonomy.core.diff.ChangeNote;
import nl.autonomy.core.diff.Changes;
import nl.autonomy.core.diff.LicenseChange;
import nl.autonomy.core.diff.ServiceRef;
import nl.autonomy.core.diff.VendorSummary;
import nl.autonomy.core.report.view.ReportTexts;

/**
 * With {@code --baseline}: what changed since that report, in short (the counts, new lock-in,
 * relicensing, services gained and lost, new vendors). {@code autonomy diff} writes the whole
 * comparison; report.json holds it all as {@code result.changes}.
 */
final class ChangesSection {

  private ChangesSection() {
  }

  static void render(Html h, ScanResult result, ReportTexts t) {
    Changes c = result.changes();
    if (c == null) {
      return;
    }
    h.open("section", "id", "changes", "aria-labelledby", "changes-h")
        .element("h2", t.get("changes.title"), "id", "changes-h")
        .element("p", t.format("changes.baseline", c.from().label()));
    ChangeCounts n = c.counts();
    h.open("ul");
    h.element("li", t.format("changes.line.components", n.added(), n.removed(), n.upgraded(), n.downgraded()));
    h.element("li", t.format("changes.line.licenses", n.relicensed(), n.licenseChanged() - n.relicensed()));
    h.element("li", t.format("changes.line.vendors", n.newVendors(), n.lostVendors()));
    h.element("li", t.format("changes.line.services", n.servicesGained(), n.servicesLost(), n.servicesChanged()));
    if (n.newFindings() != null) {
      h.element("li", t.format("changes.line.findings", n.newFindings(), n.resolvedFindings()));
    }
    h.close("ul").newline();
    List<ServiceRef> lockIn = c.servicesGained().stream().filter(s -> c.newLockIn().contains(s.id())).toList();
    List<ServiceRef> moreLockIn = c.servicesChanged().stream().map(s -> s.to())
        .filter(s -> c.newLockIn().contains(s.id())).toList();
    services(h, t, t.get("changes.newLockIn"), java.util.stream.Stream.concat(lockIn.stream(), moreLockIn.stream()).toList());
    relicensing(h, t, c.relicensing());
    services(h, t, t.get("changes.servicesGained"), c.servicesGained());
    services(h, t, t.get("changes.servicesLost"), c.servicesLost());
    vendors(h, t, c.newVendors());
    for (ChangeNote note : c.notes()) {
      h.element("p", note.message(), "class", "incomplete");
    }
    h.close("section").newline();
  }

  private static void head(Html h, ReportTexts t, String... keys) {
    h.open("table").open("thead").open("tr");
    for (String key : keys) {
      h.element("th", key.isEmpty() ? "" : t.get(key), "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
  }

  private static void services(Html h, ReportTexts t, String title, List<ServiceRef> services) {
    if (services.isEmpty()) {
      return;
    }
    h.element("h3", title + " (" + services.size() + ")");
    head(h, t, "changes.service", "changes.vendor", "changes.lockIn", "changes.usage");
    for (ServiceRef s : services) {
      h.open("tr").element("td", s.name()).element("td", s.vendor()).element("td", t.label("lockin", s.lockIn()))
          .element("td", s.usage() == null ? "" : t.label("usage", s.usage())).close("tr").newline();
    }
    h.close("tbody").close("table").newline();
  }

  private static void relicensing(Html h, ReportTexts t, List<LicenseChange> list) {
    if (list.isEmpty()) {
      return;
    }
    h.element("h3", t.get("changes.relicensing") + " (" + list.size() + ")");
    head(h, t, "changes.package", "changes.version", "changes.license", "changes.category");
    for (LicenseChange l : list) {
      h.open("tr").open("td").element("code", l.name()).close("td")
          .element("td", (l.fromVersion() == null ? "" : l.fromVersion()) + " → " + (l.toVersion() == null ? "" : l.toVersion()))
          .element("td", l.from() + " → " + l.to())
          .element("td", t.label("category", l.fromCategory()) + " → " + t.label("category", l.toCategory()))
          .close("tr").newline();
    }
    h.close("tbody").close("table").newline();
  }

  private static void vendors(Html h, ReportTexts t, List<VendorSummary> vendors) {
    if (vendors.isEmpty()) {
      return;
    }
    h.element("h3", t.get("changes.newVendors") + " (" + vendors.size() + ")");
    head(h, t, "changes.vendor", "changes.country", "changes.jurisdictions", "changes.componentCount", "changes.services");
    for (VendorSummary v : vendors) {
      h.open("tr").element("td", v.name()).element("td", v.country() == null ? "" : v.country())
          .element("td", String.join(", ", v.jurisdictions())).element("td", String.valueOf(v.components()))
          .element("td", String.join(", ", v.services())).close("tr").newline();
    }
    h.close("tbody").close("table").newline();
  }
}

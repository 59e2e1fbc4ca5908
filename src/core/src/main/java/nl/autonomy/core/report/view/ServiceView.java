package nl.autonomy.core.report.view;

import java.util.List;
import java.util.SortedMap;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.VendorRef;

/**
 * A cloud service as the reports show it.
 *
 * @param service the catalog service found
 * @param vendor its provider, unknown when no component or catalog names it
 * @param usedIn where it is used: file to its lines (sorted; line 0 = the file as a whole)
 */
public record ServiceView(Service service, VendorRef vendor, SortedMap<String, List<Integer>> usedIn) {

  /** The jurisdictions of the provider, e.g. {@code US}, or null when unknown. */
  public String jurisdiction() {
    return vendor.jurisdictions().isEmpty() ? null : String.join(", ", vendor.jurisdictions());
  }
}

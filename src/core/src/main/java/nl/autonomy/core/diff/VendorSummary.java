package nl.autonomy.core.diff;

import java.util.List;
import nl.autonomy.core.model.VendorBasis;

/**
 * A vendor present on one side only.
 *
 * @param id its id
 * @param name its name
 * @param country its country, or null
 * @param jurisdictions jurisdictions with reach over its data
 * @param basis how it was established (a catalog vendor, or one derived from metadata or a namespace)
 * @param components how many components on that side it controls
 * @param services ids of the services on that side it provides, sorted
 */
public record VendorSummary(String id, String name, String country, List<String> jurisdictions, VendorBasis basis,
    int components, List<String> services) {

  public VendorSummary {
    jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    services = services == null ? List.of() : List.copyOf(services);
  }
}

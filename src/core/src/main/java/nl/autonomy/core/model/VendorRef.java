package nl.autonomy.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Who controls a component or service.
 *
 * @param id catalog id ({@code microsoft}) or a derived id ({@code org.example})
 * @param name display name
 * @param owner id of the ultimate owner (the vendor itself when independent)
 * @param country ISO 3166 alpha-2 country of the controlling entity, or null when unknown
 * @param jurisdictions legal reach over the vendor's data, e.g. {@code US}, {@code EU}
 * @param url the vendor's web site, or null
 * @param basis how this was established
 */
public record VendorRef(
    String id, String name, String owner, String country, List<String> jurisdictions, String url,
    VendorBasis basis) {

  public VendorRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(basis, "basis");
    name = name == null ? id : name;
    owner = owner == null ? id : owner;
    jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
  }

  public static VendorRef unknown() {
    return new VendorRef("unknown", "Unknown", "unknown", null, List.of(), null, VendorBasis.UNKNOWN);
  }

  public boolean isKnown() {
    return basis != VendorBasis.UNKNOWN;
  }
}

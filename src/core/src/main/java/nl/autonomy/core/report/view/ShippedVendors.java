package nl.autonomy.core.report.view;

import java.util.Optional;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.policy.VendorLookup;

/**
 * The vendors of the catalog shipped with Autonomy, for a service whose provider no component
 * carries (PostgreSQL used through a Python driver that names no vendor). Loaded once, on first use.
 */
final class ShippedVendors {

  private ShippedVendors() {
  }

  private static final class Holder {
    static final Catalog CATALOG = new CatalogLoader().loadDefault();
  }

  static VendorLookup lookup() {
    return ShippedVendors::vendor;
  }

  private static Optional<VendorRef> vendor(String id) {
    Catalog catalog = Holder.CATALOG;
    return catalog.vendor(id).map(v -> new VendorRef(v.id(), v.name(), catalog.ownerOf(v.id()), v.country(),
        v.jurisdictions(), v.url(), VendorBasis.CATALOG));
  }
}

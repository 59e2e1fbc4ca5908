package nl.autonomy.core.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;

/**
 * Finds the vendor behind a service's {@code vendorId}, so that rules over services can test
 * {@code vendor.*} (jurisdiction, owner) just as rules over components do.
 */
@FunctionalInterface
public interface VendorLookup {

  Optional<VendorRef> vendor(String id);

  /**
   * The vendors classification already put on the inventory's components: a service's client
   * library carries its provider's {@link VendorRef}. Falls back to {@code next} for the rest.
   */
  static VendorLookup fromInventory(Inventory inventory, VendorLookup next) {
    Map<String, VendorRef> byId = new HashMap<>();
    for (Component c : inventory.components()) {
      if (c.vendor() != null && c.vendor().isKnown()) {
        byId.putIfAbsent(c.vendor().id(), c.vendor());
      }
    }
    return id -> Optional.ofNullable(byId.get(id)).or(() -> next.vendor(id));
  }

  /** The catalog's vendors, with their ultimate owner, as classification names them. */
  static VendorLookup fromCatalog(Catalog catalog) {
    return id -> catalog.vendor(id).map(v -> new VendorRef(v.id(), v.name(), catalog.ownerOf(v.id()), v.country(),
        v.jurisdictions(), v.url(), VendorBasis.CATALOG));
  }

  static VendorLookup none() {
    return id -> Optional.empty();
  }

  static VendorLookup of(List<VendorRef> vendors) {
    Map<String, VendorRef> byId = new HashMap<>();
    vendors.forEach(v -> byId.putIfAbsent(v.id(), v));
    return id -> Optional.ofNullable(byId.get(id));
  }
}

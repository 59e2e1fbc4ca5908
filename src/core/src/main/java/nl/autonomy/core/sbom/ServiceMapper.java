package nl.autonomy.core.sbom;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.VendorRef;
import org.cyclonedx.model.OrganizationalEntity;

/**
 * Detected cloud and SaaS services as CycloneDX {@code services}: bom-ref {@code service:<id>}, the
 * provider, the endpoints seen, and Autonomy's view of the lock-in as {@code autonomy:} properties.
 */
final class ServiceMapper {

  static final String REF_PREFIX = "service:";

  private ServiceMapper() {
  }

  static String ref(String serviceId) {
    return CdxText.clean(REF_PREFIX + serviceId);
  }

  static List<org.cyclonedx.model.Service> map(Inventory inventory) {
    Map<String, VendorRef> vendors = vendorsById(inventory);
    return inventory.services().stream().sorted().map(s -> map(s, vendors.get(s.vendorId()))).toList();
  }

  private static org.cyclonedx.model.Service map(Service s, VendorRef vendor) {
    org.cyclonedx.model.Service cdx = new org.cyclonedx.model.Service();
    cdx.setBomRef(ref(s.id()));
    cdx.setName(CdxText.clean(s.name()));
    cdx.setProvider(provider(s.vendorId(), vendor));
    List<String> endpoints = s.endpoints().stream()
        .map(Iris::reference).flatMap(java.util.Optional::stream).distinct().sorted().toList();
    cdx.setEndpoints(endpoints.isEmpty() ? null : endpoints);
    CdxProperties p = new CdxProperties()
        .add(PropertyNames.SERVICE_ID, s.id())
        .add(PropertyNames.VENDOR_ID, s.vendorId())
        .add(PropertyNames.SERVICE_CATEGORY, s.category())
        .add(PropertyNames.LOCK_IN_LEVEL, s.lockIn().id())
        .add(PropertyNames.ALTERNATIVES, String.join(",", s.alternatives()))
        .add(PropertyNames.STANDARD, s.standard());
    for (Evidence e : s.evidence()) {
      p.add(PropertyNames.OCCURRENCE, e.location().toString());
    }
    cdx.setProperties(p.build());
    return cdx;
  }

  private static OrganizationalEntity provider(String vendorId, VendorRef vendor) {
    if (vendor != null && vendor.isKnown()) {
      return ComponentMapper.supplier(vendor);
    }
    if (vendorId == null || vendorId.isBlank()) {
      return null;
    }
    OrganizationalEntity entity = new OrganizationalEntity();
    entity.setName(CdxText.clean(vendorId));
    return entity;
  }

  /** Services name their vendor by id; the classified components carry the vendor's name and URL. */
  private static Map<String, VendorRef> vendorsById(Inventory inventory) {
    Map<String, VendorRef> vendors = new TreeMap<>();
    for (Component c : inventory.components()) {
      if (c.vendor() != null && c.vendor().isKnown()) {
        vendors.putIfAbsent(c.vendor().id(), c.vendor());
      }
    }
    return vendors;
  }
}

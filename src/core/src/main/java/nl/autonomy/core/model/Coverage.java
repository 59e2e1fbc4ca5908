package nl.autonomy.core.model;

import java.util.List;

/**
 * How much of an inventory classification could place: the share of components with a known vendor
 * (catalog, metadata or namespace) and with a known SPDX license. The scanned projects themselves
 * (reactor modules, {@code autonomy:module}, and projects found side by side, {@code
 * autonomy:project}) are not counted: they are the city's own code.
 *
 * @param components components counted
 * @param withVendor components whose vendor is known
 * @param withLicense components whose license resolved to an SPDX expression
 * @param vendorFromCatalog components whose vendor the catalog names (the most reliable basis)
 */
public record Coverage(int components, int withVendor, int withLicense, int vendorFromCatalog) {

  public Coverage {
    if (components < 0 || withVendor > components || withLicense > components || vendorFromCatalog > withVendor) {
      throw new IllegalArgumentException("inconsistent coverage counts");
    }
  }

  public static Coverage of(Inventory inventory) {
    return of(inventory.components());
  }

  public static Coverage of(List<Component> components) {
    List<Component> counted = components.stream()
        .filter(c -> !c.own()).toList();
    int vendor = (int) counted.stream().filter(c -> c.vendor() != null && c.vendor().isKnown()).count();
    int catalog = (int) counted.stream()
        .filter(c -> c.vendor() != null && c.vendor().basis() == VendorBasis.CATALOG).count();
    int license = (int) counted.stream().filter(c -> c.license() != null && c.license().isKnown()).count();
    return new Coverage(counted.size(), vendor, license, catalog);
  }

  /** Share of components with a known vendor, 0..1 (1 when there are none). */
  public double vendorShare() {
    return components == 0 ? 1.0 : (double) withVendor / components;
  }

  /** Share of components with a known SPDX license, 0..1 (1 when there are none). */
  public double licenseShare() {
    return components == 0 ? 1.0 : (double) withLicense / components;
  }
}

package nl.autonomy.core.sbom;

import java.lang.ref.WeakReference;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Inventory;
import org.cyclonedx.model.Bom;

/**
 * Maps a scan result to a CycloneDX 1.6 BOM: the project as {@code metadata.component}, every
 * component sorted by bom-ref, services, the full dependency graph, the completeness as
 * {@code compositions}, and a serial number derived from the content. Same result, same BOM.
 * docs/cyclonedx-properties.md documents the mapping and every {@code autonomy:} property.
 */
public final class CycloneDxMapper {

  /**
   * The serial number of the last inventory mapped: the scan maps it once to judge its own SBOM,
   * then the JSON, XML and SPDX writers need it side by side, and deriving it costs a whole extra
   * serialisation of the BOM. Keyed by the inventory, the only input of the mapping (the results
   * the scan derives keep the same one). Held weakly and matched by identity, so no inventory is
   * kept alive and no other inventory matches.
   */
  private static final AtomicReference<LastSerial> LAST = new AtomicReference<>();

  private record LastSerial(WeakReference<Inventory> inventory, String serial) {
  }

  public Bom map(ScanResult result) {
    Inventory inventory = result.inventory();
    Bom bom = new Bom();
    bom.setVersion(1);
    bom.setMetadata(MetadataMapper.map(inventory));
    bom.setComponents(inventory.components().stream()
        .map(ComponentMapper::map)
        .sorted(Comparator.comparing(org.cyclonedx.model.Component::getBomRef))
        .toList());
    List<org.cyclonedx.model.Service> services = ServiceMapper.map(inventory);
    bom.setServices(services.isEmpty() ? null : services);
    bom.setDependencies(DependencyGraphMapper.map(inventory));
    bom.setCompositions(CompositionMapper.map(inventory));
    bom.setSerialNumber(serial(result, bom));
    return bom;
  }

  /**
   * The serial number {@link #map} gives this result, without mapping it again when it was mapped
   * last (the SPDX writers name their document after it).
   */
  public static String serialNumber(ScanResult result) {
    String known = known(result.inventory());
    return known != null ? known : new CycloneDxMapper().map(result).getSerialNumber();
  }

  private static String known(Inventory inventory) {
    LastSerial last = LAST.get();
    return last != null && last.inventory().get() == inventory ? last.serial() : null;
  }

  // synchronized: the second writer waits for the first one's serial number rather than deriving it too
  private static synchronized String serial(ScanResult result, Bom bom) {
    String known = known(result.inventory());
    if (known != null) {
      return known;
    }
    String serial = SerialNumbers.of(bom);
    LAST.set(new LastSerial(new WeakReference<>(result.inventory()), serial));
    return serial;
  }
}

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
   * The serial number of the last result mapped: the JSON and the XML writer map the same result
   * side by side, and deriving the serial number costs a whole extra serialisation of the BOM.
   * Held weakly and matched by identity, so no result is kept alive and no other result matches.
   */
  private static final AtomicReference<LastSerial> LAST = new AtomicReference<>();

  private record LastSerial(WeakReference<ScanResult> result, String serial) {
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

  // synchronized: the second writer waits for the first one's serial number rather than deriving it too
  private static synchronized String serial(ScanResult result, Bom bom) {
    LastSerial last = LAST.get();
    if (last != null && last.result().get() == result) {
      return last.serial();
    }
    String serial = SerialNumbers.of(bom);
    LAST.set(new LastSerial(new WeakReference<>(result), serial));
    return serial;
  }
}

package nl.autonomy.core.sbom;

import java.util.Comparator;
import java.util.List;
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
    bom.setSerialNumber(SerialNumbers.of(bom));
    return bom;
  }
}

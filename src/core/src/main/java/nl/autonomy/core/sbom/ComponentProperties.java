package nl.autonomy.core.sbom;

import java.util.List;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.VendorRef;
import org.cyclonedx.model.Property;

/**
 * A component's CycloneDX properties: its own ecosystem facts plus Autonomy's {@code autonomy:}
 * view of it (docs/cyclonedx-properties.md lists and explains every name).
 */
final class ComponentProperties {

  private ComponentProperties() {
  }

  static List<Property> of(Component c) {
    CdxProperties p = new CdxProperties().addAll(c.properties())
        .add("autonomy:direct", String.valueOf(c.direct()))
        .add("autonomy:scope", c.scope().id());
    if (c.optional()) {
      p.add("autonomy:optional", "true");
    }
    addVendor(p, c.vendor());
    addLicense(p, c.license());
    addBsi(p, c);
    if (!c.services().isEmpty()) {
      p.add("autonomy:service:id", String.join(",", c.services()));
    }
    return p.build();
  }

  /**
   * BSI TR-03183-2 v2.1 §5.2.2 in BSI's CycloneDX property taxonomy, for what Autonomy knows: a file
   * read from the delivered bytes has a file name and is an archive (a jar, war, ear or zip). Whether
   * it is executable or structured is not known from the bytes alone, so it is not claimed
   * (docs/sbom-quality.md).
   */
  private static void addBsi(CdxProperties p, Component c) {
    String archive = c.properties().get("autonomy:archive");
    if (archive == null || !"delivered".equals(c.properties().get("autonomy:hash:source"))
        || c.properties().containsKey("autonomy:shaded-in")) {
      return;
    }
    String file = archive.substring(Math.max(archive.lastIndexOf('/'), archive.lastIndexOf('!')) + 1);
    if (file.isEmpty()) {
      return;
    }
    p.add("bsi:component:filename", file);
    if (file.matches("(?i).*\\.(jar|war|ear|zip|aar|hpi|nar)$")) {
      p.add("bsi:component:archive", "archive");
    }
  }

  /** The project's own facts only: direct and scope mean nothing for the scanned project itself. */
  static List<Property> ofProject(Component project) {
    CdxProperties p = new CdxProperties().addAll(project.properties());
    addVendor(p, project.vendor());
    addLicense(p, project.license());
    return p.build();
  }

  private static void addVendor(CdxProperties p, VendorRef vendor) {
    if (vendor == null) {
      return;
    }
    p.add("autonomy:vendor:id", vendor.id())
        .add("autonomy:vendor:basis", vendor.basis().id())
        .add("autonomy:vendor:owner", vendor.owner())
        .add("autonomy:vendor:country", vendor.country())
        .add("autonomy:vendor:jurisdiction", String.join(",", vendor.jurisdictions()));
  }

  private static void addLicense(CdxProperties p, LicenseInfo license) {
    if (license == null) {
      return;
    }
    p.add("autonomy:license:category", license.category().id())
        .add("autonomy:license:basis", license.basis());
  }
}

package nl.autonomy.core.sbom;

import java.util.List;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.PropertyNames;
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
    CdxProperties p = new CdxProperties().addAll(c.properties());
    addRole(p, c);
    p.add(PropertyNames.DIRECT, String.valueOf(c.direct()))
        .add(PropertyNames.SCOPE, c.scope().id());
    if (c.optional()) {
      p.add(PropertyNames.OPTIONAL, "true");
    }
    addVendor(p, c.vendor());
    addLicense(p, c.license());
    addBsi(p, c);
    if (!c.services().isEmpty()) {
      p.add(PropertyNames.SERVICE_ID, String.join(",", c.services()));
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
    String archive = c.properties().get(PropertyNames.ARCHIVE);
    if (archive == null || !c.hashesFromDelivery()
        || c.properties().containsKey(PropertyNames.SHADED_IN)) {
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
    addRole(p, project);
    addVendor(p, project.vendor());
    addLicense(p, project.license());
    return p.build();
  }

  /** The typed role as the taxonomy's {@code autonomy:project} / {@code autonomy:module} flags. */
  private static void addRole(CdxProperties p, Component c) {
    switch (c.role()) {
      case PROJECT -> p.add(PropertyNames.PROJECT, "true");
      case MODULE -> p.add(PropertyNames.MODULE, "true");
      case DEPENDENCY -> { }
    }
  }

  private static void addVendor(CdxProperties p, VendorRef vendor) {
    if (vendor == null) {
      return;
    }
    p.add(PropertyNames.VENDOR_ID, vendor.id())
        .add(PropertyNames.VENDOR_BASIS, vendor.basis().id())
        .add(PropertyNames.VENDOR_OWNER, vendor.owner())
        .add(PropertyNames.VENDOR_COUNTRY, vendor.country())
        .add(PropertyNames.VENDOR_JURISDICTION, String.join(",", vendor.jurisdictions()));
  }

  private static void addLicense(CdxProperties p, LicenseInfo license) {
    if (license == null) {
      return;
    }
    p.add(PropertyNames.LICENSE_CATEGORY, license.category().id())
        .add(PropertyNames.LICENSE_BASIS, license.basis());
  }
}

package nl.autonomy.core.catalog;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.VendorRef;

/**
 * What {@code autonomy explain} tells about one package or service: who controls it (with owner
 * and jurisdiction), its license, the services it is a client of with their lock-in and way out,
 * and where every fact comes from.
 *
 * @param subject the purl or service id asked about
 * @param kind {@code component} or {@code service}
 * @param vendor the vendor, with how it was established
 * @param legalEntity the vendor's legal entity, or null when not in the catalog
 * @param ownerName display name of the ultimate owner
 * @param license the license (null for a service)
 * @param services the catalog services involved
 * @param sources where the facts can be checked, without duplicates
 */
public record Explanation(
    String subject, String kind, VendorRef vendor, String legalEntity, String ownerName, LicenseInfo license,
    List<ServiceEntry> services, List<String> sources) {

  public Explanation {
    services = List.copyOf(services);
    sources = sources.stream().distinct().toList();
  }

  /** Plain text for a terminal, one fact per line. */
  public String render() {
    List<String> lines = new ArrayList<>();
    lines.add(subject + " (" + kind + ")");
    String entity = legalEntity == null ? "" : ", " + legalEntity;
    lines.add("  Vendor:        " + vendor.name() + " [" + vendor.id() + "]" + entity + " (basis: " + vendor.basis().id() + ")");
    if (!vendor.owner().equals(vendor.id())) {
      lines.add("  Owned by:      " + ownerName + " [" + vendor.owner() + "]");
    }
    lines.add("  Country:       " + orUnknown(vendor.country()));
    lines.add("  Jurisdictions: " + (vendor.jurisdictions().isEmpty() ? "unknown" : String.join(", ", vendor.jurisdictions())));
    if (license != null) {
      lines.add("  License:       " + (license.isKnown() ? license.expression() : "unknown") + " ("
          + license.category().id() + ", basis: " + license.basis() + ")");
    }
    if (services.isEmpty() && "component".equals(kind)) {
      lines.add("  Services:      none (not a client library of a catalog service)");
    }
    for (ServiceEntry s : services) {
      lines.add("  Service:       " + s.name() + " [" + s.id() + "], " + s.category() + ", provided by " + s.vendor());
      lines.add("    Lock-in:     " + s.lockIn().id());
      lines.add("    Way out:     " + (s.alternatives().isEmpty() ? "none named" : String.join("; ", s.alternatives())));
      lines.add("    Standard:    " + orUnknown(s.standard()));
    }
    if (!sources.isEmpty()) {
      lines.add("  Sources:");
      sources.forEach(src -> lines.add("    - " + src));
    }
    return String.join(System.lineSeparator(), lines);
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? "unknown" : s;
  }
}

package nl.autonomy.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The logic of {@code autonomy catalog list}: services, vendors or licenses as rows, filtered by
 * vendor (a service's provider, a vendor's owner) and by category (a service's category, a vendor's
 * kind, a license's category).
 */
public final class CatalogLister {

  /** What to list. */
  public enum Entity { SERVICES, VENDORS, LICENSES }

  /** One line of the listing. */
  public record Row(String id, String name, String vendor, String category, String detail) {
  }

  private final Catalog catalog;

  public CatalogLister(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Lists entries, sorted by id.
   *
   * @param vendor only entries of this vendor id (or owned by it), or null for all
   * @param category only entries of this category, or null for all
   */
  public List<Row> list(Entity entity, String vendor, String category) {
    Stream<Row> rows = switch (entity) {
      case SERVICES -> catalog.services().stream().map(s -> new Row(s.id(), s.name(), s.vendor(), s.category(),
          s.lockIn().id()));
      case VENDORS -> catalog.vendors().stream().map(v -> new Row(v.id(), v.name(), catalog.ownerOf(v.id()),
          v.kind(), String.join(",", v.jurisdictions())));
      case LICENSES -> catalog.licenses().stream().map(l -> new Row(l.id(), l.name(), null, l.category().id(), ""));
    };
    return rows
        .filter(r -> vendor == null || ofVendor(entity, r, vendor))
        .filter(r -> category == null || category.equalsIgnoreCase(r.category()))
        .toList();
  }

  /** A service of the vendor or of a vendor it owns; for vendors: the vendor itself and what it owns. */
  private boolean ofVendor(Entity entity, Row r, String vendor) {
    if (entity == Entity.VENDORS && vendor.equals(r.id())) {
      return true;
    }
    return r.vendor() != null && (vendor.equals(r.vendor()) || vendor.equals(catalog.ownerOf(r.vendor())));
  }

  /** The rows as aligned plain-text columns with a header. */
  public static List<String> render(Entity entity, List<Row> rows) {
    String third = entity == Entity.VENDORS ? "OWNER" : "VENDOR";
    String fourth = entity == Entity.VENDORS ? "KIND" : "CATEGORY";
    String fifth = switch (entity) {
      case SERVICES -> "LOCK-IN";
      case VENDORS -> "JURISDICTIONS";
      case LICENSES -> "";
    };
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"ID", "NAME", third, fourth, fifth});
    rows.forEach(r -> cells.add(new String[] {r.id(), r.name(), nz(r.vendor()), nz(r.category()), nz(r.detail())}));
    int[] widths = new int[5];
    for (String[] c : cells) {
      for (int i = 0; i < 5; i++) {
        widths[i] = Math.max(widths[i], c[i].length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] c : cells) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 5; i++) {
        if (entity == Entity.LICENSES && i == 2) {
          continue;
        }
        sb.append(String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", c[i]));
      }
      out.add(sb.toString().stripTrailing());
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}

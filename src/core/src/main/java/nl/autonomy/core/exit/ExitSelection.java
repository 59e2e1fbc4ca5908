package nl.autonomy.core.exit;

import java.util.Locale;
import java.util.Objects;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.model.Service;

/**
 * Which services to leave: those of one vendor (by its id or its ultimate owner, so leaving
 * Microsoft includes GitHub), one service, or all of them.
 *
 * @param kind vendor, service or all
 * @param value the vendor or service id; null for all
 */
public record ExitSelection(Kind kind, String value) {

  /** How services are chosen. */
  public enum Kind implements nl.autonomy.core.model.Identified {
    VENDOR, SERVICE, ALL;

    @Override
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ExitSelection {
    Objects.requireNonNull(kind, "kind");
    if (kind != Kind.ALL && (value == null || value.isBlank())) {
      throw new IllegalArgumentException("a " + kind.id() + " exit needs an id");
    }
    value = value == null ? null : value.strip();
  }

  public static ExitSelection vendor(String id) {
    return new ExitSelection(Kind.VENDOR, id);
  }

  public static ExitSelection service(String id) {
    return new ExitSelection(Kind.SERVICE, id);
  }

  public static ExitSelection all() {
    return new ExitSelection(Kind.ALL, null);
  }

  boolean matches(Service s, Catalog catalog) {
    return switch (kind) {
      case ALL -> true;
      case SERVICE -> s.id().equalsIgnoreCase(value);
      case VENDOR -> s.vendorId() != null && (s.vendorId().equalsIgnoreCase(value)
          || value.equalsIgnoreCase(catalog.ownerOf(s.vendorId()))
          || s.provider() != null && value.equalsIgnoreCase(s.provider().owner()));
    };
  }
}

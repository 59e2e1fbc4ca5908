package nl.autonomy.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Which services to leave: those of one vendor (by its id or its ultimate owner, so leaving
 * Microsoft includes GitHub), one service, or all of them.
 *
 * @param kind vendor, service or all
 * @param value the vendor or service id; null for all
 */
public record ExitSelection(Kind kind, String value) {

  /** How services are chosen. */
  public enum Kind implements Identified {
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

}

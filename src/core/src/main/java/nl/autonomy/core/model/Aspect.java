package nl.autonomy.core.model;

import java.util.Locale;

/** The council's three questions about digital autonomy; every finding answers one of them. */
public enum Aspect implements Identified {
  /** Who can read our data: jurisdiction of the vendors that hold or process it. */
  CONFIDENTIALITY,
  /** Can we switch: proprietary APIs, licenses, missing open standards. */
  AGILITY,
  /** Can we keep running on our own: self-hosting, licenses that allow a chosen operator. */
  RESILIENCE;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Aspect fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}

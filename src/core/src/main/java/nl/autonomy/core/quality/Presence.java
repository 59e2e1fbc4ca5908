package nl.autonomy.core.quality;

/** Whether an SBOM has a field: present and well-formed, absent, or there but not usable. */
public enum Presence {
  PRESENT, ABSENT, MALFORMED;

  /** Present when {@code value} is non-blank, else absent. */
  public static Presence of(String value) {
    return value == null || value.isBlank() ? ABSENT : PRESENT;
  }

  public static Presence of(boolean present) {
    return present ? PRESENT : ABSENT;
  }

  /** The better of two ways to meet one field: present wins, then malformed. */
  public Presence or(Presence other) {
    if (this == PRESENT || other == PRESENT) {
      return PRESENT;
    }
    return this == MALFORMED || other == MALFORMED ? MALFORMED : ABSENT;
  }
}

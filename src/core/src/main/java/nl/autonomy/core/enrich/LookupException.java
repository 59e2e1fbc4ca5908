package nl.autonomy.core.enrich;

/** A lookup that gave no usable answer: the registry could not be reached or answered nonsense. */
final class LookupException extends Exception {

  private static final long serialVersionUID = 1L;

  /** True when the registry host was not even reached, so its other lookups would fail alike. */
  private final boolean unreachable;

  LookupException(String message, boolean unreachable) {
    super(message);
    this.unreachable = unreachable;
  }

  LookupException(String message) {
    this(message, false);
  }

  boolean unreachable() {
    return unreachable;
  }
}

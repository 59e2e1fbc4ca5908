package nl.autonomy.core.portfolio;

import java.util.Locale;
import nl.autonomy.core.model.Identified;

/**
 * How much an application matters to the city: the weight of its score in the city's score. An
 * application without a stated criticality weighs as {@link #MEDIUM}, so that stating none does
 * not change the mean.
 */
public enum Criticality implements Identified {
  LOW(1), MEDIUM(2), HIGH(3), CRITICAL(4);

  private final int weight;

  Criticality(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The weight of an application with this criticality, or of one without (null). */
  public static int weightOf(Criticality value) {
    return value == null ? MEDIUM.weight : value.weight;
  }

  /**
   * Reads {@code low, medium, high, critical} (any case), the Dutch {@code laag, middel, hoog,
   * kritiek}, or {@code 1..4}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Criticality parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "low", "laag", "1" -> LOW;
      case "medium", "middel", "gemiddeld", "2" -> MEDIUM;
      case "high", "hoog", "3" -> HIGH;
      case "critical", "kritiek", "kritisch", "4" -> CRITICAL;
      default -> throw new IllegalArgumentException("business criticality '" + text
          + "' is not one of low, medium, high, critical (or 1..4)");
    };
  }
}

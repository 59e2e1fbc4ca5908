package nl.autonomy.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which jurisdiction codes lie inside the EU/EEA legal order: the definition behind
 * {@code vendor.eu-jurisdiction} and {@code vendor.non-eu-jurisdiction}. A definition, not a
 * threshold: what a policy demands of it stays in the policy.
 */
public final class Jurisdictions {

  private static final Set<String> EU_EEA = Set.of(
      "EU", "EEA",
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
      "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
      "IS", "LI", "NO");

  private Jurisdictions() {
  }

  public static boolean insideEu(String code) {
    return EU_EEA.contains(code.trim().toUpperCase(Locale.ROOT));
  }

  /** Known and all inside: nobody outside the EU/EEA can compel the vendor. */
  public static boolean allInsideEu(List<String> codes) {
    return !codes.isEmpty() && codes.stream().allMatch(Jurisdictions::insideEu);
  }

  /** Some law from outside the EU/EEA reaches the vendor (the US CLOUD Act, for one). */
  public static boolean anyOutsideEu(List<String> codes) {
    return codes.stream().anyMatch(c -> !insideEu(c));
  }
}

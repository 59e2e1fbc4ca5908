package nl.autonomy.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The scan's time: {@code SOURCE_DATE_EPOCH} when set, so builds are reproducible. */
public final class Timestamps {

  private Timestamps() {
  }

  public static Instant now() {
    return fromEnvironment(System.getenv());
  }

  /** Whether the time is pinned by {@code SOURCE_DATE_EPOCH}: the output is then reproducible. */
  public static boolean pinned() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    return epoch != null && !epoch.isBlank();
  }

  static Instant fromEnvironment(Map<String, String> env) {
    String epoch = env.get("SOURCE_DATE_EPOCH");
    if (epoch != null && !epoch.isBlank()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '" + epoch + "'", e);
      }
    }
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }
}

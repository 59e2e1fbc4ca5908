package nl.autonomy.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} the way Maven's reproducible-build support does: an
 * ISO-8601 date-time with offset, or seconds since 1970; a single character (Maven's convention
 * for "not set") or nothing means the scan's own time.
 */
final class OutputTimestamps {

  private OutputTimestamps() {
  }

  static Optional<Instant> parse(String value) {
    if (value == null || value.strip().length() < 2) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + v + "' is neither an ISO-8601 date-time such as "
          + "2026-01-01T00:00:00Z nor seconds since 1970", e);
    }
  }
}

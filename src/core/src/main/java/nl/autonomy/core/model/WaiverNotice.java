package nl.autonomy.core.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A waiver that needs attention: it expired (and no longer waives), or it matches nothing.
 *
 * @param kind expired or stale
 * @param ruleId the rule it waives
 * @param subject its subject pattern (purl glob or service id)
 * @param owner who is accountable for it
 * @param expires its end date, or null
 * @param message what to do, for a person
 */
public record WaiverNotice(Kind kind, String ruleId, String subject, String owner, LocalDate expires,
    String message) implements Comparable<WaiverNotice> {

  /** Why a waiver needs attention. */
  public enum Kind implements Identified {
    /** Past its end date: the findings it covered count again. */
    EXPIRED,
    /** Matches no finding: remove it, or fix its subject pattern. */
    STALE;

    @Override
  public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public WaiverNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(WaiverNotice o) {
    int c = kind.compareTo(o.kind);
    if (c != 0) {
      return c;
    }
    c = ruleId.compareTo(o.ruleId);
    return c != 0 ? c : subject.compareTo(o.subject);
  }
}

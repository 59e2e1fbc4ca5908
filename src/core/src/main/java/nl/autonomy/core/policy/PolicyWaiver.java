package nl.autonomy.core.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted finding, written in a policy.
 *
 * @param rule the rule id it waives (glob allowed)
 * @param subject a purl glob ({@code pkg:maven/com.azure/*}) or a service id
 * @param reason why it is accepted
 * @param owner who is accountable
 * @param expires the last day it waives, or null
 * @param origin where it is written
 */
@JsonIgnoreProperties("origin") // where it is written is not what it says: the digest ignores it
public record PolicyWaiver(String rule, String subject, String reason, String owner, LocalDate expires,
    Origin origin) {

  public PolicyWaiver {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(owner, "owner");
  }

  /** Past its last day on {@code today}. */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }
}

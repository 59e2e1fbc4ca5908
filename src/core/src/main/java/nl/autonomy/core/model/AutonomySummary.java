package nl.autonomy.core.model;

/**
 * The counts behind the one-sentence answer, so a report can say it in any language. Counted over
 * what ships (runtime and provided scope).
 *
 * @param score the overall score, rounded down to a whole percent ({@link Score#whole})
 * @param proprietaryServices services whose API only their vendor offers
 * @param withoutOpenAlternative of those, the ones with no open-protocol or self-hostable service
 *     of the same category also in use
 * @param nonEuServices services whose vendor is reachable by a law from outside the EU/EEA
 * @param sourceAvailable components under source-available licenses (BUSL, SSPL, Elastic...)
 * @param proprietaryLicensed components under proprietary licenses
 * @param unknownLicense components whose license is unknown: uncertainty, shown as coverage, not
 *     counted as lock-in
 * @param findings findings in total, waived included (one per root cause)
 * @param coverage how many third-party components have a known license and vendor; null in
 *     reports written before it was added
 * @param unread what could not be read or resolved; null or empty when the scan is complete
 * @param nothingRead true when the scan found no component and no service at all while parts could
 *     not be read: there is then no answer, not a perfect score
 */
public record AutonomySummary(
    int score, int proprietaryServices, int withoutOpenAlternative, int nonEuServices, int sourceAvailable,
    int proprietaryLicensed, int unknownLicense, int findings, Coverage coverage, UnreadParts unread,
    boolean nothingRead) {

  /** The counts of a complete scan without coverage figures. */
  public AutonomySummary(
      int score, int proprietaryServices, int withoutOpenAlternative, int nonEuServices, int sourceAvailable,
      int proprietaryLicensed, int unknownLicense, int findings) {
    this(score, proprietaryServices, withoutOpenAlternative, nonEuServices, sourceAvailable, proprietaryLicensed,
        unknownLicense, findings, null, null, false);
  }

  /** Whether the answer is about part of the codebase only. */
  public boolean partial() {
    return unread != null && !unread.isEmpty();
  }
}

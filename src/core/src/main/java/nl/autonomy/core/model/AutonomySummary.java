package nl.autonomy.core.model;

/**
 * The counts behind the one-sentence answer, so a report can say it in any language. Counted over
 * what ships (runtime and provided scope).
 *
 * @param score the overall score, rounded down to a whole percent
 * @param proprietaryServices services whose API only their vendor offers
 * @param withoutOpenAlternative of those, the ones with no open-protocol or self-hostable service
 *     of the same category also in use
 * @param nonEuServices services whose vendor is reachable by a law from outside the EU/EEA
 * @param sourceAvailable components under source-available licenses (BUSL, SSPL, Elastic...)
 * @param proprietaryLicensed components under proprietary licenses
 * @param unknownLicense components whose license is unknown
 * @param findings findings in total, waived included
 */
public record AutonomySummary(
    int score, int proprietaryServices, int withoutOpenAlternative, int nonEuServices, int sourceAvailable,
    int proprietaryLicensed, int unknownLicense, int findings) {
}

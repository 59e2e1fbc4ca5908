package nl.autonomy.core.model;

/**
 * One service as a way out, for the ranking: what leaving it alone gains by the policy, and what
 * it costs by the exit-effort rule.
 *
 * @param rank 1 for the cheapest points
 * @param service the service id
 * @param name its name
 * @param vendorId its provider
 * @param effort the exit effort
 * @param effortPoints its points
 * @param before the overall score now
 * @param after the overall score after leaving it (the same evaluation)
 * @param gain {@code after - before}, one decimal
 * @param gainPerEffort {@code gain / max(1, effortPoints)}, two decimals
 */
public record ExitOption(int rank, String service, String name, String vendorId, ExitEffort effort,
    int effortPoints, double before, double after, double gain, double gainPerEffort) {
}

package nl.autonomy.core.portfolio;

import java.util.List;
import nl.autonomy.core.model.ExitEffort;

/**
 * How much of the city depends on one vendor, through which services, how deep.
 *
 * @param vendorId the vendor's catalog id
 * @param name its name
 * @param jurisdictions the laws that reach it
 * @param applications applications that use its services or ship its components, sorted
 * @param services its services in use, by name, sorted
 * @param files files with evidence of its services, over all applications
 * @param occurrences pieces of evidence of its services, over all applications
 * @param deepest the largest exit effort among its services, or null when only components tie
 *     the city to it
 * @param components runtime components from it, over all applications
 */
public record VendorExposure(
    String vendorId, String name, List<String> jurisdictions, List<String> applications, List<String> services,
    int files, int occurrences, ExitEffort deepest, int components) {
}

package nl.autonomy.core.portfolio;

import java.util.List;
import nl.autonomy.core.model.ExitEffort;

/**
 * Leaving one service in every application that uses it: what it costs and what it buys the city.
 *
 * @param serviceId the service
 * @param name its name
 * @param vendor its vendor's name
 * @param applications the applications that use it, sorted
 * @param effort the largest exit effort among them (the lock-in stage's judgement of the evidence)
 * @param points the overall score points the applications regain, added up
 * @param cityPoints the points the city's (weighted) overall score regains
 * @param alternatives the open alternatives the catalog names
 * @param standard the open standard that makes switching possible, or null
 */
public record ExitOption(
    String serviceId, String name, String vendor, List<String> applications, ExitEffort effort, double points,
    double cityPoints, List<String> alternatives, String standard) {
}

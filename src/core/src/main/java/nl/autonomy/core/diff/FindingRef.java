package nl.autonomy.core.diff;

import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Severity;

/**
 * A finding on one side only.
 *
 * @param fingerprint its stable id (rule and version-free subject): how the sides are matched
 * @param ruleId the rule
 * @param severity its severity
 * @param aspect its aspect
 * @param subject the name of what it is about
 * @param subjectRef the ref of what it is about
 * @param subjects how many subjects a grouped finding stands for (1 for a single one)
 * @param message what is wrong
 */
public record FindingRef(String fingerprint, String ruleId, Severity severity, Aspect aspect, String subject,
    String subjectRef, int subjects, String message) {
}

package nl.autonomy.maven;

import java.util.List;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.text.Printable;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns a failed verdict into a build failure whose message lists the findings that failed it,
 * each with its rule, subject, message and way out, so the build log alone says what to do.
 */
final class PolicyGate {

  private static final int MAX_LISTED = 20;

  private final FailOn failOn;

  PolicyGate(FailOn failOn) {
    this.failOn = failOn;
  }

  void enforce(ScanResult result) throws MojoFailureException {
    Assessment assessment = result.assessment();
    if (assessment == null || assessment.verdict() == Verdict.PASS) {
      return;
    }
    throw new MojoFailureException(message(assessment));
  }

  String message(Assessment assessment) {
    List<Finding> failing = assessment.findings().stream()
        .filter(Finding::countsForVerdict)
        .filter(f -> failOn != FailOn.NEVER && f.severity().atLeast(threshold()))
        .toList();
    StringBuilder m = new StringBuilder("The autonomy policy ").append(assessment.policyId()).append(" failed");
    if (assessment.verdictReason() != null && !assessment.verdictReason().isBlank()) {
      m.append(": ").append(assessment.verdictReason());
    }
    for (Finding f : failing.stream().limit(MAX_LISTED).toList()) {
      m.append(System.lineSeparator()).append("  ").append(f.severity().id()).append(' ').append(f.ruleId())
          .append(' ').append(f.subject().ref()).append(": ").append(f.message());
      if (!f.howToFix().isBlank()) {
        m.append(System.lineSeparator()).append("    how to fix: ").append(f.howToFix());
      }
    }
    if (failing.size() > MAX_LISTED) {
      m.append(System.lineSeparator()).append("  ... and ").append(failing.size() - MAX_LISTED)
          .append(" more in report.json");
    }
    m.append(System.lineSeparator()).append("Fix them, or accept them with a waiver in the policy (rule, subject, ")
        .append("reason, owner, expires); -Dautonomy.failOn=never only reports.");
    // findings quote policy and scanned text: the build log must not receive control sequences
    return Printable.lines(m.toString());
  }

  private Severity threshold() {
    return failOn == FailOn.WARNING ? Severity.WARNING : Severity.ERROR;
  }
}

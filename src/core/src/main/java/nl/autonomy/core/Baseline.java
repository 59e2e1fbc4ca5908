package nl.autonomy.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.policy.Fingerprints;
import nl.autonomy.core.policy.Origin;
import nl.autonomy.core.policy.PolicyException;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.source.RegularFiles;

/**
 * The findings of an earlier {@code report.json} ({@code --baseline}), by fingerprint: rule and
 * version-free subject, so that a finding survives an upgrade of the component it is about.
 *
 * <p>Beside the pipeline rather than in the policy package: it reads a report, and the reports
 * depend on the policy package, not the other way round.
 */
public final class Baseline {

  private Baseline() {
  }

  /**
   * The fingerprints of the baseline's findings; empty when it was written without evaluation.
   *
   * @throws PolicyException when the file cannot be read as a report (a configuration error)
   */
  public static Set<String> fingerprints(Path reportJson) {
    ScanResult result;
    try {
      RegularFiles.require(reportJson, "the baseline");
      result = JsonSupport.readResult(reportJson);
    } catch (IOException e) {
      throw new PolicyException(Origin.of(reportJson.toString()), "cannot use as baseline: " + e.getMessage());
    }
    if (result.assessment() == null) {
      return Set.of();
    }
    // a grouped finding stands for each of its subjects too: a later scan matches them one by one
    return result.assessment().findings().stream()
        .flatMap(f -> java.util.stream.Stream.concat(
            java.util.stream.Stream.of(f.fingerprint() != null ? f.fingerprint() : refingerprint(f)),
            f.subjects().stream().map(s -> Fingerprints.of(f.ruleId(), s.kind(), s.ref()))))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String refingerprint(Finding f) {
    return Fingerprints.of(f.ruleId(), f.subject().kind(), f.subject().ref());
  }
}

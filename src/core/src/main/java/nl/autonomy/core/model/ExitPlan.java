package nl.autonomy.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code exit-plan.json}: what leaving a vendor or a service takes, and what the policy would say
 * afterwards. Written in record-component order, like {@code report.json} (docs/exit-plans.md).
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param tool what wrote it
 * @param source what was scanned: project, source, commit, time
 * @param policy the policy the what-if was judged by
 * @param selection which services are left
 * @param totals services, places, files and effort of the whole exit
 * @param services one plan per service left, sorted by id
 * @param whatIf the policy evaluated again as if the exit were done
 * @param ranking every service of the scan by autonomy points gained per effort point (only with
 *     {@code --rank}; null otherwise)
 */
public record ExitPlan(String schemaVersion, Tool tool, Source source, PolicyRef policy,
    ExitSelection selection, Totals totals, List<ServiceExit> services, WhatIfResult whatIf,
    List<ExitOption> ranking) {

  public static final String SCHEMA_VERSION = "1";

  public ExitPlan {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    services = services == null ? List.of() : List.copyOf(services);
    ranking = ranking == null ? null : List.copyOf(ranking);
  }

  /**
   * What wrote the plan, as report.json names it.
   *
   * @param name its name
   * @param version its version
   * @param informationUri where to read about it
   */
  public record Tool(String name, String version, String informationUri) {

    public static Tool autonomy() {
      return new Tool(nl.autonomy.core.AutonomyVersion.NAME, nl.autonomy.core.AutonomyVersion.get(),
          nl.autonomy.core.AutonomyVersion.INFORMATION_URI);
    }
  }

  /**
   * @param project the scanned project's name
   * @param source the source as the report names it
   * @param gitCommit the commit scanned, when known
   * @param timestamp the scan's time
   */
  public record Source(String project, String source, String gitCommit, Instant timestamp) {
  }

  /**
   * @param id policy id
   * @param title its title
   * @param digest {@code sha256:} of the effective policy
   */
  public record PolicyRef(String id, String title, String digest) {
  }

  /**
   * @param services services left
   * @param places distinct places (file and line) to change
   * @param files distinct files to change
   * @param effortPoints the services' effort points added up
   * @param effort the effort those points make (the same thresholds as one service's)
   */
  public record Totals(int services, int places, int files, int effortPoints, ExitEffort effort) {
  }

  /**
   * The policy judged again with the exit applied, by the same evaluation as the scan.
   *
   * @param before the scan's score (shape of report.json's {@code score})
   * @param score the score after the exit (same shape)
   * @param verdictBefore the verdict before
   * @param verdict the verdict after
   * @param answerBefore the one-sentence answer before
   * @param answer the one-sentence answer after
   * @param resolved findings the exit makes go away
   * @param introduced findings the alternative's facts bring
   * @param assumptions what the what-if put in place of the services, and what it could not model
   */
  public record WhatIfResult(Score before, Score score, Verdict verdictBefore, Verdict verdict, String answerBefore,
      String answer, List<FindingRef> resolved, List<FindingRef> introduced, List<String> assumptions) {
    public WhatIfResult {
      resolved = List.copyOf(resolved);
      introduced = List.copyOf(introduced);
      assumptions = List.copyOf(assumptions);
    }
  }

  /**
   * A finding named briefly.
   *
   * @param ruleId the rule
   * @param subject the subject's ref
   * @param severity its severity
   * @param aspect its aspect
   * @param fingerprint its stable id
   */
  public record FindingRef(String ruleId, String subject, String severity, String aspect, String fingerprint) {

    public static FindingRef of(Finding f) {
      return new FindingRef(f.ruleId(), f.subject().ref(), f.severity().id(), f.aspect().id(), f.fingerprint());
    }
  }
}

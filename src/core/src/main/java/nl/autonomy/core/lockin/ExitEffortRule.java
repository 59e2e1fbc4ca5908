package nl.autonomy.core.lockin;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.autonomy.core.model.EffortBreakdown;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.LockInLevel;

/**
 * The exit-effort rule of {@code docs/lock-in.md}. Only evidence that ships counts; each kind of
 * evidence is weighed by the work it takes to change:
 * <pre>
 *   points = 3 × files that import the client library
 *          + 2 × infrastructure-as-code declarations
 *          + 1 × configured endpoints
 *          + 1 × files with container images from the vendor's registry
 *          + 1 × CI files using the vendor's steps or system
 *          + 1 × client libraries the project declares itself (1 if the service only arrives
 *            through another dependency)
 *   × 1 for proprietary-api, × 1/2 for open-protocol, × 1/4 for self-hostable (rounded up)
 * </pre>
 * 0 points: none; 1–3: low; 4–12: medium; 13–40: high; more: very high.
 */
final class ExitEffortRule {

  private ExitEffortRule() {
  }

  static int points(List<Evidence> shipped, int declaredLibraries, LockInLevel level) {
    return breakdown(shipped, declaredLibraries, level).points();
  }

  /** The points with the terms that make them: the one computation, shown as it is to people. */
  static EffortBreakdown breakdown(List<Evidence> shipped, int declaredLibraries, LockInLevel level) {
    List<EffortBreakdown.Term> terms = List.of(
        new EffortBreakdown.Term("import-files", 3, files(shipped, EvidenceKind.IMPORT)),
        new EffortBreakdown.Term("iac-declarations", 2, count(shipped, EvidenceKind.IAC)),
        new EffortBreakdown.Term("endpoints", 1, count(shipped, EvidenceKind.ENDPOINT)),
        new EffortBreakdown.Term("container-files", 1, files(shipped, EvidenceKind.CONTAINER)),
        new EffortBreakdown.Term("ci-files", 1, files(shipped, EvidenceKind.CI)),
        new EffortBreakdown.Term("declared-libraries", 1, declaredLibraries));
    int divisor = switch (level) {
      case PROPRIETARY_API -> 1;
      case OPEN_PROTOCOL -> 2;
      case SELF_HOSTABLE -> 4;
    };
    int raw = terms.stream().mapToInt(EffortBreakdown.Term::points).sum();
    int points = (raw + divisor - 1) / divisor;
    return new EffortBreakdown(terms, raw, divisor, points, effort(points));
  }

  static ExitEffort effort(int points) {
    if (points <= 0) {
      return ExitEffort.NONE;
    }
    if (points <= 3) {
      return ExitEffort.LOW;
    }
    if (points <= 12) {
      return ExitEffort.MEDIUM;
    }
    return points <= 40 ? ExitEffort.HIGH : ExitEffort.VERY_HIGH;
  }

  private static int files(List<Evidence> evidence, EvidenceKind kind) {
    Set<String> files = evidence.stream().filter(e -> e.kind() == kind).map(e -> e.location().file())
        .collect(Collectors.toSet());
    return files.size();
  }

  private static int count(List<Evidence> evidence, EvidenceKind kind) {
    return (int) evidence.stream().filter(e -> e.kind() == kind).count();
  }
}

package nl.autonomy.core.detect.signals.ci;

import java.util.Locale;
import java.util.Optional;
import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.lockin.LockInRules;

/**
 * Whether a CI step means its service given its inputs (context rules, {@code ci-steps}):
 * {@code hashicorp/setup-terraform} only installs the Terraform CLI unless the file passes an HCP
 * Terraform API token; {@code docker/login-action} logs in to Docker Hub only when its
 * {@code registry} input is absent or a Docker Hub host.
 */
final class CiStepInputs {

  /** How far a step's inputs are looked for around its {@code uses:} line. */
  private static final int STEP_LINES = 25;

  private CiStepInputs() {
  }

  static boolean means(HitContext hit, Optional<LockInRules.CiStep> rule) {
    if (rule.isEmpty()) {
      return true;
    }
    LockInRules.CiStep step = rule.get();
    if (!step.onlyWith().isEmpty() && !fileNamesAny(hit, step)) {
      return false;
    }
    if (step.registryInput() != null) {
      String registry = input(hit, step.registryInput());
      if (registry != null && !registry.isEmpty()) {
        String host = registry.toLowerCase(Locale.ROOT);
        return step.registryHosts().stream().anyMatch(h -> h.equalsIgnoreCase(host));
      }
    }
    return true;
  }

  private static boolean fileNamesAny(HitContext hit, LockInRules.CiStep step) {
    for (int n = 1; ; n++) {
      String line = hit.facts().fileText().line(n);
      if (line == null) {
        return false;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (step.onlyWith().stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
  }

  /**
   * The value of a step input ({@code registry: ghcr.io}) in the YAML step around the hit, or null
   * when the step does not set it. The step's keys sit at the indentation of {@code uses:} (two
   * more than a leading {@code - }); its inputs below {@code with:} further in.
   */
  static String input(HitContext hit, String name) {
    String own = hit.text();
    int indent = indent(own);
    int stepIndent = own.stripLeading().startsWith("- ") ? indent + 2 : indent;
    for (int dir : new int[] {1, -1}) {
      for (int offset = dir; Math.abs(offset) <= STEP_LINES; offset += dir) {
        String line = hit.lineAt(offset);
        if (line == null) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        int i = indent(line);
        String body = line.strip();
        if (dir < 0 && i == stepIndent - 2 && body.startsWith("- ")) {
          String value = valueOf(body.substring(2).strip(), name);
          if (value != null) {
            return value;
          }
          break;
        }
        if (i < stepIndent || i == stepIndent - 2 && body.startsWith("- ")) {
          break;
        }
        String value = valueOf(body, name);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static String valueOf(String body, String name) {
    if (!body.startsWith(name)) {
      return null;
    }
    String rest = body.substring(name.length()).stripLeading();
    if (!rest.startsWith(":")) {
      return null;
    }
    String value = rest.substring(1).strip();
    int hash = value.indexOf(" #");
    if (hash >= 0) {
      value = value.substring(0, hash).strip();
    }
    if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
      value = value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}

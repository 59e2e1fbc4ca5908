package nl.autonomy.core.detect.signals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stages of a multi-stage Dockerfile and which of them end up in the image that ships. A stage
 * ships when it is a target (no later stage builds on it) whose name does not say build, test or
 * lint, or when its name says production, runtime, release or final; the stages a shipping stage is
 * built {@code FROM} ship too. The rest (a {@code builder} whose files are copied out, a {@code test}
 * or {@code lint} target) serve the build. With no stage judged shipping, the last one ships.
 */
final class DockerStages {

  private static final Pattern FROM = Pattern.compile("(?i)^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?");
  private static final Pattern BUILD_NAME = Pattern.compile("(?i).*(build|compile|test|lint|check|deps|dev|ci).*");
  private static final Pattern SHIP_NAME = Pattern.compile("(?i).*(prod|runtime|release|final).*");

  /** One stage: its first line, the image or stage it starts from, its name (or null). */
  private record Stage(int line, String from, String name) {
  }

  private final List<Stage> stages = new ArrayList<>();
  private final Set<Integer> shipping = new HashSet<>();

  DockerStages(FileText text) {
    for (int n = 1; ; n++) {
      String line = text.line(n);
      if (line == null) {
        break;
      }
      Matcher m = FROM.matcher(line);
      if (m.find()) {
        stages.add(new Stage(n, m.group(1).toLowerCase(Locale.ROOT),
            m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT)));
      }
    }
    for (int i = 0; i < stages.size(); i++) {
      Stage s = stages.get(i);
      boolean target = !builtOn(i);
      boolean ships = s.name() != null && SHIP_NAME.matcher(s.name()).matches()
          || target && (s.name() == null || !BUILD_NAME.matcher(s.name()).matches());
      if (ships) {
        markWithAncestors(i);
      }
    }
    if (shipping.isEmpty() && !stages.isEmpty()) {
      markWithAncestors(stages.size() - 1);
    }
  }

  /** Whether line {@code number} lies in a stage that only serves the build. */
  boolean buildOnly(int number) {
    int stage = -1;
    for (int i = 0; i < stages.size() && stages.get(i).line() <= number; i++) {
      stage = i;
    }
    return stage >= 0 && stages.size() > 1 && !shipping.contains(stage);
  }

  private boolean builtOn(int index) {
    String name = stages.get(index).name();
    if (name == null) {
      return false;
    }
    for (int j = index + 1; j < stages.size(); j++) {
      if (stages.get(j).from().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private void markWithAncestors(int index) {
    int i = index;
    while (i >= 0 && shipping.add(i)) {
      String from = stages.get(i).from();
      int parent = -1;
      for (int j = i - 1; j >= 0; j--) {
        if (from.equals(stages.get(j).name())) {
          parent = j;
          break;
        }
      }
      i = parent;
    }
  }
}

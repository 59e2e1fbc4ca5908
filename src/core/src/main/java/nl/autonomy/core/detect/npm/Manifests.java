package nl.autonomy.core.detect.npm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.LockfileProblems;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * The package.json files of one scan, read once each on first use. A broken one is reported once
 * and then treated as absent.
 */
final class Manifests {

  private final Map<String, Map<String, WorkspaceFile>> byDir;
  private final Map<String, Optional<PackageJson>> read = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  Manifests(Map<String, Map<String, WorkspaceFile>> byDir) {
    this.byDir = byDir;
  }

  /** The package.json in that folder (relative to the root), if there is a readable one. */
  Optional<PackageJson> find(String dir) {
    return read.computeIfAbsent(dir, d -> {
      WorkspaceFile f = byDir.getOrDefault(d, Map.of()).get(NpmDetector.PACKAGE_JSON);
      if (f == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(PackageJsonReader.read(f));
      } catch (IOException | RuntimeException e) {
        problems.add(LockfileProblems.unreadable(NpmDetector.ID, f, e));
        return Optional.empty();
      }
    });
  }

  /** The readable package.json files of the workspaces of {@code root} matching its patterns. */
  List<PackageJson> workspaces(PackageJson root) {
    String dir = root.directory();
    List<PackageJson> out = new ArrayList<>();
    for (String candidate : byDir.keySet()) {
      boolean below = dir.isEmpty() ? !candidate.isEmpty() : candidate.startsWith(dir + "/");
      if (!below) {
        continue;
      }
      String rel = dir.isEmpty() ? candidate : candidate.substring(dir.length() + 1);
      if (root.workspaces().stream().anyMatch(w -> NpmDetector.matches(w, rel))) {
        find(candidate).ifPresent(out::add);
      }
    }
    return out;
  }

  Detection problems() {
    Detection.Builder b = Detection.builder();
    problems.forEach(b::problem);
    return b.build();
  }
}

package nl.autonomy.core.detect.gradle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * The Gradle files of one project folder: its build script, lockfiles, gradle.properties, and the
 * settings script and version catalog of the build it belongs to (the nearest folder above with a
 * settings script or a {@code gradle/*.versions.toml}).
 */
record GradleBuildFiles(String directory, WorkspaceFile script, List<WorkspaceFile> lockfiles,
    List<WorkspaceFile> properties, Optional<WorkspaceFile> settings, Optional<WorkspaceFile> catalog) {

  static boolean isScript(WorkspaceFile f) {
    return f.fileName().equals("build.gradle") || f.fileName().equals("build.gradle.kts");
  }

  static boolean isSettings(WorkspaceFile f) {
    return f.fileName().equals("settings.gradle") || f.fileName().equals("settings.gradle.kts");
  }

  static boolean isLockfile(WorkspaceFile f) {
    return f.fileName().equals("gradle.lockfile") || f.fileName().equals("buildscript-gradle.lockfile")
        || f.fileName().endsWith(".lockfile") && f.directory().endsWith("gradle/dependency-locks");
  }

  static boolean isCatalog(WorkspaceFile f) {
    return f.fileName().endsWith(".versions.toml") && (f.directory().equals("gradle") || f.directory().endsWith("/gradle"));
  }

  /** One entry per folder holding a build script or a lockfile, in path order. */
  static List<GradleBuildFiles> group(List<WorkspaceFile> files) {
    Map<String, List<WorkspaceFile>> byProject = new TreeMap<>();
    for (WorkspaceFile f : files) {
      String dir = f.directory();
      if (isLockfile(f) && dir.endsWith("gradle/dependency-locks")) {
        dir = parent(parent(dir));
      }
      if (isScript(f) || isLockfile(f)) {
        byProject.computeIfAbsent(dir, k -> new ArrayList<>()).add(f);
      }
    }
    List<GradleBuildFiles> out = new ArrayList<>();
    byProject.forEach((dir, own) -> out.add(new GradleBuildFiles(dir,
        own.stream().filter(GradleBuildFiles::isScript).findFirst().orElse(null),
        own.stream().filter(GradleBuildFiles::isLockfile).toList(),
        // outermost first, so a subproject's own gradle.properties overrides the root's
        files.stream().filter(f -> f.fileName().equals("gradle.properties") && isAtOrAbove(f.directory(), dir))
            .sorted(java.util.Comparator.comparingInt((WorkspaceFile f) -> f.directory().length())).toList(),
        nearest(files, dir, GradleBuildFiles::isSettings, ""),
        nearest(files, dir, GradleBuildFiles::isCatalog, "gradle"))));
    return out;
  }

  private static Optional<WorkspaceFile> nearest(List<WorkspaceFile> files, String dir,
      java.util.function.Predicate<WorkspaceFile> kind, String subfolder) {
    WorkspaceFile best = null;
    int bestDepth = -1;
    for (WorkspaceFile f : files) {
      if (!kind.test(f)) {
        continue;
      }
      String owner = subfolder.isEmpty() ? f.directory() : parent(f.directory());
      if (isAtOrAbove(owner, dir) && owner.length() > bestDepth
          && (!f.fileName().endsWith(".versions.toml") || f.fileName().equals("libs.versions.toml") || best == null)) {
        best = f;
        bestDepth = owner.length();
      }
    }
    return Optional.ofNullable(best);
  }

  static boolean isAtOrAbove(String candidate, String dir) {
    return candidate.isEmpty() || dir.equals(candidate) || dir.startsWith(candidate + "/");
  }

  private static String parent(String dir) {
    int slash = dir.lastIndexOf('/');
    return slash < 0 ? "" : dir.substring(0, slash);
  }
}

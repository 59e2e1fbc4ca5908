package nl.autonomy.core.detect.npm;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.GuardedRead;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * npm, Yarn and pnpm projects, from their files alone: package-lock.json / npm-shrinkwrap.json
 * (versions 1-3), yarn.lock (classic and Berry), pnpm-lock.yaml (versions 6 and 9), and a
 * package.json without any lockfile as declared-only components. Each folder with a lockfile is one
 * project (its workspaces are projects too); a package.json inside a workspace of such a folder is
 * covered by that lockfile.
 */
public final class NpmDetector implements Detector {

  public static final String ID = "npm";

  static final String PACKAGE_JSON = "package.json";
  static final String PACKAGE_LOCK = "package-lock.json";
  static final String SHRINKWRAP = "npm-shrinkwrap.json";
  static final String YARN_LOCK = "yarn.lock";
  static final String PNPM_LOCK = "pnpm-lock.yaml";
  static final String PNPM_WORKSPACE = "pnpm-workspace.yaml";
  private static final Set<String> NAMES =
      Set.of(PACKAGE_JSON, PACKAGE_LOCK, SHRINKWRAP, YARN_LOCK, PNPM_LOCK, PNPM_WORKSPACE);
  private static final Set<String> LOCKFILES = Set.of(PACKAGE_LOCK, SHRINKWRAP, YARN_LOCK, PNPM_LOCK);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return NAMES.contains(file.fileName());
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Map<String, Map<String, WorkspaceFile>> byDir = new TreeMap<>();
    files.forEach(f -> byDir.computeIfAbsent(f.directory(), d -> new HashMap<>()).put(f.fileName(), f));
    Manifests manifests = new Manifests(byDir);
    long maxBytes = context.options().maxFileSize();
    List<Detection> parts = new ArrayList<>();
    for (Map.Entry<String, Map<String, WorkspaceFile>> dir : byDir.entrySet()) {
      Map<String, WorkspaceFile> here = dir.getValue();
      WorkspaceFile npmLock = here.getOrDefault(SHRINKWRAP, here.get(PACKAGE_LOCK));
      if (npmLock != null) {
        parts.add(GuardedRead.of(ID, npmLock, () -> PackageLockDetection.read(ID, npmLock, maxBytes, manifests)));
      }
      WorkspaceFile yarn = here.get(YARN_LOCK);
      if (yarn != null) {
        parts.add(GuardedRead.of(ID, yarn, () -> YarnLockDetection.read(ID, yarn, maxBytes, manifests)));
      }
      WorkspaceFile pnpm = here.get(PNPM_LOCK);
      if (pnpm != null) {
        parts.add(GuardedRead.of(ID, pnpm, () -> PnpmLockDetection.read(ID, pnpm, maxBytes, manifests)));
      }
      WorkspaceFile pj = here.get(PACKAGE_JSON);
      if (npmLock == null && yarn == null && pnpm == null && pj != null && !coveredByWorkspace(dir.getKey(), byDir,
          manifests)) {
        manifests.find(dir.getKey())
            .ifPresent(m -> parts.add(GuardedRead.of(ID, pj, () -> DeclaredPackages.read(ID, m, manifests))));
      }
    }
    parts.add(manifests.problems());
    return Detection.merge(parts);
  }

  /** Whether a folder is a workspace of an enclosing folder that has a lockfile. */
  private static boolean coveredByWorkspace(String dir, Map<String, Map<String, WorkspaceFile>> byDir,
      Manifests manifests) {
    for (Map.Entry<String, Map<String, WorkspaceFile>> other : byDir.entrySet()) {
      String anc = other.getKey();
      boolean ancestor = anc.isEmpty() ? !dir.isEmpty() : dir.startsWith(anc + "/");
      if (!ancestor || other.getValue().keySet().stream().noneMatch(LOCKFILES::contains)) {
        continue;
      }
      if (other.getValue().containsKey(PNPM_WORKSPACE)) {
        return true;
      }
      String rel = anc.isEmpty() ? dir : dir.substring(anc.length() + 1);
      Optional<PackageJson> pj = manifests.find(anc);
      if (pj.isPresent() && pj.get().workspaces().stream().anyMatch(w -> matches(w, rel))) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String pattern, String folder) {
    String p = pattern.startsWith("./") ? pattern.substring(2) : pattern;
    p = p.replaceAll("/+$", "");
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + p).matches(Path.of(folder));
    } catch (IllegalArgumentException badGlob) {
      return false;
    }
  }
}

package nl.autonomy.core.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import nl.autonomy.core.detect.support.TomlTrees;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.GuardedRead;
import nl.autonomy.core.detect.support.LockfileProblems;
import nl.autonomy.core.detect.support.SafeFiles;
import nl.autonomy.core.detect.support.TomlPackageLines;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Python projects from their files alone: poetry.lock, uv.lock, pdm.lock and Pipfile.lock (with
 * pyproject.toml or Pipfile for the project and its direct dependencies), requirements files, and a
 * pyproject.toml without a lockfile as declared-only components.
 */
public final class PythonDetector implements Detector {

  public static final String ID = "python";

  private static final Set<String> NAMES =
      Set.of("pyproject.toml", "poetry.lock", "uv.lock", "pdm.lock", "Pipfile", "Pipfile.lock");
  private static final Map<String, BiConsumer<JsonNode, TomlLock>> TOML_LOCKS = Map.of(
      "poetry.lock", (lock, t) -> PoetryLock.read(lock, t.lines(), t.graph()),
      "uv.lock", (lock, t) -> UvLock.read(lock, t.lines(), t.graph()),
      "pdm.lock", (lock, t) -> PdmLock.read(lock, t.lines(), t.graph()));

  private record TomlLock(TomlPackageLines lines, PyLockGraph graph) {
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    String name = file.fileName();
    return NAMES.contains(name) || isRequirements(file);
  }

  static boolean isRequirements(WorkspaceFile file) {
    String name = file.fileName();
    return name.endsWith(".txt") && !name.startsWith("constraints") && (name.startsWith("requirements")
        || file.directory().equals("requirements") || file.directory().endsWith("/requirements"));
  }

  /** The project's own declared license, so that its modules need no license of their own (issue 13). */
  private static Component withLicense(Component project, String license) {
    return license == null ? project
        : project.toBuilder().declaredLicense(new nl.autonomy.core.model.DeclaredLicense(null, license, null)).build();
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Map<String, Map<String, WorkspaceFile>> byDir = new TreeMap<>();
    files.forEach(f -> byDir.computeIfAbsent(f.directory(), d -> new HashMap<>()).put(f.fileName(), f));
    long maxBytes = context.options().maxFileSize();
    List<Detection> parts = new ArrayList<>();
    for (Map.Entry<String, Map<String, WorkspaceFile>> dir : byDir.entrySet()) {
      Map<String, WorkspaceFile> here = dir.getValue();
      Optional<PyProject> pyproject = manifest(here.get("pyproject.toml"), parts);
      Optional<PyProject> pipfile = manifest(here.get("Pipfile"), parts);
      WorkspaceFile anchor = here.getOrDefault("pyproject.toml", here.get("Pipfile"));
      Component project = pyproject.or(() -> pipfile)
          .map(m -> withLicense(PyPackages.project(ID, m.name(), m.version(), m.path(), m.nameLine(), dir.getKey()),
              m.license()))
          .orElseGet(() -> PyPackages.project(ID, null, null, anchor == null ? dir.getKey() : anchor.path(), 0,
              dir.getKey()));
      boolean locked = false;
      for (Map.Entry<String, BiConsumer<JsonNode, TomlLock>> format : TOML_LOCKS.entrySet()) {
        WorkspaceFile lock = here.get(format.getKey());
        if (lock != null) {
          locked = true;
          parts.add(GuardedRead.of(ID, lock, () -> {
            String text = SafeFiles.readString(lock, maxBytes);
            PyLockGraph g = new PyLockGraph(ID, lock.path(), project);
            JsonNode tree = TomlTrees.read(Toml.MAPPER, text);
            TomlPackageLines lines = TomlPackageLines.of(text);
            TomlLockShape.check(tree, lines);
            format.getValue().accept(tree, new TomlLock(lines, g));
            g.directs(pyproject);
            return g.build();
          }));
        }
      }
      WorkspaceFile pipLock = here.get("Pipfile.lock");
      if (pipLock != null) {
        locked = true;
        parts.add(GuardedRead.of(ID, pipLock, () -> {
          PyLockGraph g = new PyLockGraph(ID, pipLock.path(), project);
          PipfileLock.read(pipLock, maxBytes, g);
          g.directs(pipfile);
          return g.build();
        }));
      }
      if (!locked) {
        pyproject.ifPresent(m -> parts.add(DeclaredProject.read(ID, m, project)));
      }
      boolean exported = locked;
      here.values().stream().filter(PythonDetector::isRequirements).sorted().forEach(req -> parts.add(
          GuardedRead.of(ID, req, () -> RequirementsDetection.read(ID, context.root(), req, maxBytes, exported))));
    }
    Detection all = Detection.merge(parts);
    // a file included by several requirements files is read once per includer; report its problems once
    return new Detection(all.projects(), all.components(), all.edges(), all.serviceUses(),
        all.problems().stream().distinct().toList());
  }

  private static Optional<PyProject> manifest(WorkspaceFile file, List<Detection> parts) {
    if (file == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PyProjectReader.read(file));
    } catch (IOException | RuntimeException e) {
      parts.add(Detection.ofProblem(LockfileProblems.unreadable(ID, file, e)));
      return Optional.empty();
    }
  }
}

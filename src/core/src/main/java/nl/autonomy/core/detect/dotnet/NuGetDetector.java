package nl.autonomy.core.detect.dotnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.FileByFile;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * .NET: SDK-style projects ({@code *.csproj}, {@code *.fsproj}, {@code *.vbproj}) with central
 * package management (the nearest Directory.Packages.props above them), the package references of
 * the nearest Directory.Build.props (applied to every project below it), and the
 * packages.lock.json beside them; the legacy packages.config.
 */
public final class NuGetDetector implements Detector {

  public static final String ID = "nuget";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    String name = file.fileName();
    String ext = file.extension();
    return ext.equals("csproj") || ext.equals("fsproj") || ext.equals("vbproj")
        || name.equals("Directory.Packages.props") || name.equals("Directory.Build.props") || name.equals("packages.config")
        || name.equals("packages.lock.json") || name.startsWith("packages.") && name.endsWith(".lock.json");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    List<Detection> parts = new ArrayList<>();
    Map<String, CentralVersions> central = readProps(context, files, "Directory.Packages.props", parts);
    Map<String, CentralVersions> build = readProps(context, files, "Directory.Build.props", parts);
    Map<String, WorkspaceFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.path(), f));
    Set<String> usedLocks = new HashSet<>();
    for (WorkspaceFile project : files.stream().filter(NuGetDetector::isProjectFile).toList()) {
      String dir = project.directory().isEmpty() ? "" : project.directory() + "/";
      String stem = project.fileName().substring(0, project.fileName().lastIndexOf('.'));
      WorkspaceFile lock = byPath.getOrDefault(dir + "packages." + stem + ".lock.json", byPath.get(dir + "packages.lock.json"));
      if (lock != null) {
        usedLocks.add(lock.path());
      }
      CentralVersions versions = central.getOrDefault(nearest(central.keySet(), project.directory()), CentralVersions.NONE);
      CentralVersions buildProps = build.getOrDefault(nearest(build.keySet(), project.directory()), CentralVersions.NONE);
      boolean legacy = byPath.containsKey(dir + "packages.config");
      parts.add(FileByFile.parseOne(ID, context, project, text -> {
        ProjectPackages declared = ProjectPackages.of(text, MsBuildFile.parse(text), versions, buildProps);
        if (lock == null && legacy && declared.declared().isEmpty()) {
          // an old-style project: its packages.config beside it lists the packages
          return Detection.empty();
        }
        if (lock == null) {
          return declared.declaredOnly(text);
        }
        return FileByFile.parseOne(ID, context, lock,
            lockText -> LockGraph.read(lockText, PackagesLock.parse(lockText), declared, text));
      }));
    }
    for (WorkspaceFile f : files) {
      if (f.fileName().endsWith(".lock.json") && !usedLocks.contains(f.path())) {
        parts.add(FileByFile.parseOne(ID, context, f, text -> LockGraph.read(text, PackagesLock.parse(text), null, null)));
      } else if (f.fileName().equals("packages.config")) {
        parts.add(FileByFile.parseOne(ID, context, f, LegacyPackages::read));
      }
    }
    return Detection.merge(parts);
  }

  /** The MSBuild props files of one name, by folder; one that cannot be read adds a problem. */
  private static Map<String, CentralVersions> readProps(DetectorContext context, List<WorkspaceFile> files, String name,
      List<Detection> parts) {
    Map<String, CentralVersions> out = new HashMap<>();
    for (WorkspaceFile props : files.stream().filter(f -> f.fileName().equals(name)).toList()) {
      parts.add(FileByFile.parseOne(ID, context, props, text -> {
        out.put(props.directory(), new CentralVersions(MsBuildFile.parse(text), props.path()));
        return Detection.empty();
      }));
    }
    return out;
  }

  private static boolean isProjectFile(WorkspaceFile f) {
    return f.extension().equals("csproj") || f.extension().equals("fsproj") || f.extension().equals("vbproj");
  }

  /** The deepest folder among {@code candidates} that is {@code dir} or above it. */
  private static String nearest(Set<String> candidates, String dir) {
    String best = null;
    for (String c : candidates) {
      boolean above = c.isEmpty() || dir.equals(c) || dir.startsWith(c + "/");
      if (above && (best == null || c.length() > best.length())) {
        best = c;
      }
    }
    return best;
  }
}

package nl.autonomy.core.detect.gradle;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.FileByFile;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Gradle builds, read as text and never run: per project folder the {@code gradle.lockfile} (the
 * exact resolved graph, per configuration), else the dependencies build.gradle(.kts) declares,
 * resolved transitively through the front end's Maven port (marked as resolved for Gradle, since
 * Gradle picks the highest version where Maven picks the nearest), else listed as declared-only.
 */
public final class GradleDetector implements Detector {

  public static final String ID = "gradle";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return GradleBuildFiles.isScript(file) || GradleBuildFiles.isSettings(file) || GradleBuildFiles.isLockfile(file)
        || GradleBuildFiles.isCatalog(file) || file.fileName().equals("gradle.properties");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    List<Detection> parts = new ArrayList<>();
    Map<String, Optional<VersionCatalog>> catalogs = new HashMap<>();
    for (WorkspaceFile catalog : files.stream().filter(GradleBuildFiles::isCatalog).toList()) {
      List<VersionCatalog> read = new ArrayList<>();
      parts.add(FileByFile.parseOne(ID, context, catalog, text -> {
        read.add(VersionCatalog.parse(text));
        return Detection.empty();
      }));
      catalogs.put(catalog.path(), read.stream().findFirst());
    }
    List<GradleBuildFiles> builds = GradleBuildFiles.group(files);
    Map<String, Map<String, String>> pluginVersions = pluginVersionsByFolder(context, files, builds, catalogs);
    for (GradleBuildFiles build : builds) {
      Optional<VersionCatalog> catalog = build.catalog().flatMap(c -> catalogs.get(c.path()));
      Map<String, String> inherited = new HashMap<>();
      // nearest first: a subproject's own enclosing script overrides the settings' pluginManagement
      pluginVersions.entrySet().stream()
          .filter(e -> GradleBuildFiles.isAtOrAbove(e.getKey(), build.directory()))
          .sorted(java.util.Comparator.comparingInt((Map.Entry<String, Map<String, String>> e) -> e.getKey().length())
              .reversed())
          .forEach(e -> e.getValue().forEach(inherited::putIfAbsent));
      parts.add(project(context, build, catalog, inherited));
    }
    return Detection.merge(parts);
  }

  /**
   * Plugin versions declared by each folder's build and settings scripts, which projects below
   * inherit (a subproject applies {@code id 'org.springframework.boot'} without a version). Read
   * for this alone: problems in these files are reported when their own project is read.
   */
  private static Map<String, Map<String, String>> pluginVersionsByFolder(DetectorContext context,
      List<WorkspaceFile> files, List<GradleBuildFiles> builds, Map<String, Optional<VersionCatalog>> catalogs) {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (WorkspaceFile f : files) {
      if (!GradleBuildFiles.isScript(f) && !GradleBuildFiles.isSettings(f)) {
        continue;
      }
      Optional<VersionCatalog> catalog = builds.stream().filter(b -> b.directory().equals(f.directory())).findFirst()
          .flatMap(GradleBuildFiles::catalog).or(() -> builds.stream()
              .filter(b -> GradleBuildFiles.isAtOrAbove(f.directory(), b.directory())).findFirst()
              .flatMap(GradleBuildFiles::catalog))
          .flatMap(c -> catalogs.get(c.path()));
      Map<String, String> variables = new HashMap<>();
      catalog.ifPresent(c -> variables.putAll(c.versionAccessors()));
      for (WorkspaceFile props : files) {
        if (props.fileName().equals("gradle.properties") && GradleBuildFiles.isAtOrAbove(props.directory(), f.directory())) {
          FileByFile.parseOne(ID, context, props, text -> {
            Properties p = new Properties();
            p.load(new StringReader(text.content()));
            p.stringPropertyNames().forEach(k -> variables.putIfAbsent(k, p.getProperty(k)));
            return Detection.empty();
          });
        }
      }
      FileByFile.parseOne(ID, context, f, text -> {
        BuildScript.Result r = BuildScript.read(text, ScriptText.of(text.content(), variables), catalog);
        out.computeIfAbsent(f.directory(), k -> new HashMap<>()).putAll(GradlePlatforms.pluginVersions(r));
        return Detection.empty();
      });
    }
    return out;
  }

  private static Detection project(DetectorContext context, GradleBuildFiles build, Optional<VersionCatalog> catalog,
      Map<String, String> inheritedPluginVersions) {
    Detection.Builder out = Detection.builder();
    Map<String, String> variables = new HashMap<>();
    catalog.ifPresent(c -> variables.putAll(c.versionAccessors()));
    for (WorkspaceFile props : build.properties()) {
      out.add(FileByFile.parseOne(ID, context, props, text -> {
        Properties p = new Properties();
        p.load(new StringReader(text.content()));
        p.stringPropertyNames().forEach(k -> variables.put(k, p.getProperty(k)));
        return Detection.empty();
      }));
    }
    List<String> repositories = new ArrayList<>();
    String[] rootName = {null};
    build.settings().ifPresent(settings -> out.add(FileByFile.parseOne(ID, context, settings, text -> {
      ScriptText script = ScriptText.of(text.content(), variables);
      repositories.addAll(BuildScript.repositories(script));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("rootProject\\.name\\s*=\\s*" + ScriptText.STRING)
          .matcher(script.code());
      if (m.find()) {
        rootName[0] = ScriptText.literal(m, 1);
      }
      return Detection.empty();
    })));
    List<BuildScript.Result> scripts = new ArrayList<>();
    List<SourceText> scriptTexts = new ArrayList<>();
    if (build.script() != null) {
      out.add(FileByFile.parseOne(ID, context, build.script(), text -> {
        scripts.add(BuildScript.read(text, ScriptText.of(text.content(), variables), catalog));
        scriptTexts.add(text);
        return Detection.empty();
      }));
    }
    List<GradleLockfile.Entry> locked = new ArrayList<>();
    Map<GradleLockfile.Entry, String> lockPaths = new HashMap<>();
    for (WorkspaceFile lock : build.lockfiles()) {
      out.add(FileByFile.parseOne(ID, context, lock, text -> {
        for (GradleLockfile.Entry e : GradleLockfile.parse(text)) {
          locked.add(e);
          lockPaths.put(e, lock.path() + "\n" + text.line(e.line()));
        }
        return Detection.empty();
      }));
    }
    GradleProjectModel model = new GradleProjectModel(build, rootName[0],
        scripts.isEmpty() ? null : scripts.get(0), scriptTexts.isEmpty() ? null : scriptTexts.get(0), catalog,
        repositories, inheritedPluginVersions);
    out.add(locked.isEmpty() ? model.fromDeclarations(context) : model.fromLockfile(locked, lockPaths));
    return out.build();
  }
}

package nl.autonomy.core.detect.gradle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.autonomy.core.detect.support.ComponentMerger;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.support.DeclaredOnly;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Scope;

/** One Gradle project's declarations and lock entries turned into components. */
final class GradleProjectModel {

  static final String RESOLVED_FOR = PropertyNames.RESOLVED_FOR;

  private final GradleBuildFiles build;
  private final BuildScript.Result script;
  private final SourceText scriptText;
  private final Optional<VersionCatalog> catalog;
  private final List<String> repositories;
  private final Component project;
  private final List<Component> platforms;

  GradleProjectModel(GradleBuildFiles build, String rootName, BuildScript.Result script, SourceText scriptText,
      Optional<VersionCatalog> catalog, List<String> settingsRepositories) {
    this(build, rootName, script, scriptText, catalog, settingsRepositories, Map.of());
  }

  /** @param inheritedPluginVersions plugin versions from the settings and enclosing projects' scripts */
  GradleProjectModel(GradleBuildFiles build, String rootName, BuildScript.Result script, SourceText scriptText,
      Optional<VersionCatalog> catalog, List<String> settingsRepositories, Map<String, String> inheritedPluginVersions) {
    this.build = build;
    this.script = script;
    this.scriptText = scriptText;
    this.catalog = catalog;
    List<String> repos = new ArrayList<>(settingsRepositories);
    if (script != null) {
      script.repositories().stream().filter(r -> !repos.contains(r)).forEach(repos::add);
    }
    this.repositories = List.copyOf(repos);
    String dir = build.directory();
    String name = dir.isEmpty() && rootName != null ? rootName
        : dir.isEmpty() ? "gradle-project" : dir.substring(dir.lastIndexOf('/') + 1);
    Component.Builder p = Component.builder("project:gradle:" + (dir.isEmpty() ? "." : dir), Ecosystem.MAVEN, name)
        .direct(true);
    if (build.script() != null) {
      p.evidence(Evidences.manifest(GradleDetector.ID, build.script().path(), 0, ""));
    }
    this.platforms = GradlePlatforms.of(script, scriptText, inheritedPluginVersions);
    List<String> platformNames = GradlePlatforms.describe(platforms).stream().distinct().sorted().toList();
    if (!platformNames.isEmpty()) {
      p.property("gradle.platforms", String.join(",", platformNames));
    }
    this.project = p.build();
  }

  private List<GradleDeclaration> declarations(GradleDeclaration.Kind kind) {
    return script == null ? List.of() : script.declarations().stream().filter(d -> d.kind() == kind).toList();
  }

  /** The lockfile is the truth; declarations only tell which locked modules are direct. */
  Detection fromLockfile(List<GradleLockfile.Entry> entries, Map<GradleLockfile.Entry, String> where) {
    Detection.Builder out = base();
    Map<String, GradleDeclaration> declared = new LinkedHashMap<>();
    declarations(GradleDeclaration.Kind.LIBRARY).forEach(d -> declared.putIfAbsent(d.coordinate().key(), d));
    Map<String, List<GradleLockfile.Entry>> byRef = new LinkedHashMap<>();
    for (GradleLockfile.Entry e : entries) {
      byRef.computeIfAbsent(e.coordinate().component().build().ref(), k -> new ArrayList<>()).add(e);
    }
    java.util.Set<String> lockedKeys = new java.util.HashSet<>();
    byRef.forEach((ref, sightings) -> {
      Coordinate c = sightings.get(0).coordinate();
      lockedKeys.add(c.key());
      TreeSet<String> configurations = new TreeSet<>();
      sightings.forEach(s -> configurations.addAll(s.configurations()));
      GradleDeclaration d = declared.get(c.key());
      Component.Builder b = c.component()
          .scope(GradleConfigurations.widest(configurations))
          .direct(d != null)
          .property("gradle.configurations", String.join(",", configurations));
      sightings.forEach(s -> {
        String[] pathAndLine = where.get(s).split("\n", 2);
        b.evidence(Evidences.lockfile(GradleDetector.ID, pathAndLine[0], s.line(), pathAndLine.length > 1 ? pathAndLine[1] : ""));
      });
      if (d != null) {
        addDeclarationEvidence(b, d);
        out.edge(project.ref(), ref);
      }
      out.component(b.build());
    });
    for (GradleDeclaration d : declared.values()) {
      if (!lockedKeys.contains(d.coordinate().key())) {
        Component c = declaredOnly(d);
        out.component(c).edge(project.ref(), c.ref());
      }
    }
    return out.build();
  }

  /** Without a lockfile: the declared coordinates, resolved through the Maven port when there is one. */
  Detection fromDeclarations(DetectorContext context) {
    Detection.Builder out = base();
    List<Component> declared = new ArrayList<>();
    for (GradleDeclaration d : declarations(GradleDeclaration.Kind.LIBRARY)) {
      Component.Builder b = d.coordinate().component().scope(d.scope()).direct(true)
          .property("gradle.configuration", d.configuration());
      addDeclarationEvidence(b, d);
      declared.add(b.build());
    }
    declared = ComponentMerger.merge(declared);
    if (declared.isEmpty()) {
      return out.build();
    }
    if (context.maven().isPresent()) {
      Detection resolved = context.maven().get().resolveCoordinates(new MavenCoordinatesRequest(
          context.root(), project, declared, repositories, MavenCoordinatesRequest.Build.GRADLE, context.options(),
          platforms));
      resolved.components().forEach(c -> out.component(c.properties().containsKey(RESOLVED_FOR) ? c
          : c.toBuilder().property(RESOLVED_FOR, MavenCoordinatesRequest.Build.GRADLE.id()).build()));
      resolved.edges().forEach(out::edge);
      resolved.problems().forEach(out::problem);
      resolved.serviceUses().forEach(out::serviceUse);
      return out.build();
    }
    for (Component c : declared) {
      out.component(DeclaredOnly.mark(c.toBuilder(), c.version()).build()).edge(project.ref(), c.ref());
    }
    out.problem(Problem.warning(GradleDetector.ID, Location.of(build.script().path()),
        build.script().path() + " has no gradle.lockfile and this front end has no Maven resolver: only the "
            + declared.size() + " declared dependencies are listed, without their transitive dependencies "
            + "(run 'gradle dependencies --write-locks' and commit gradle.lockfile for a complete SBOM)"));
    return out.build();
  }

  /** The project, its plugins (build tools, not resolved) and what the script could not resolve. */
  private Detection.Builder base() {
    Detection.Builder out = Detection.builder().project(project);
    for (GradleDeclaration d : declarations(GradleDeclaration.Kind.PLUGIN)) {
      Component.Builder b = d.coordinate().component().scope(Scope.BUILD).direct(true)
          .property("gradle.plugin", d.coordinate().group());
      addDeclarationEvidence(b, d);
      Component c = b.build();
      out.component(c).edge(project.ref(), c.ref());
    }
    if (script != null) {
      for (BuildScript.Unresolved u : script.unresolved()) {
        out.problem(Problem.warning(GradleDetector.ID, Location.of(scriptText.path(), u.line()),
            "cannot fully resolve '" + u.written() + "': " + u.reason()));
      }
    }
    return out;
  }

  private void addDeclarationEvidence(Component.Builder b, GradleDeclaration d) {
    b.evidence(Evidences.manifest(GradleDetector.ID, scriptText.path(), d.line(), scriptText.line(d.line())));
    if (d.catalogLine() > 0 && catalog.isPresent()) {
      b.evidence(Evidences.manifest(GradleDetector.ID, catalog.get().path(), d.catalogLine(), ""));
    }
  }

  private Component declaredOnly(GradleDeclaration d) {
    Component.Builder b = DeclaredOnly.mark(d.coordinate().component(), d.coordinate().version())
        .scope(d.scope()).direct(true).property("gradle.configuration", d.configuration());
    addDeclarationEvidence(b, d);
    return b.build();
  }
}

package nl.autonomy.core.detect.gradle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/**
 * The BOMs a Gradle project imports, as Gradle applies them: {@code platform()} and
 * {@code enforcedPlatform()} (literal or from the version catalog), the {@code mavenBom} imports of
 * Spring's {@code io.spring.dependency-management} plugin, and Spring Boot's own BOM
 * ({@code spring-boot-dependencies} at the Boot plugin's version), which the Boot plugin imports
 * when the dependency-management plugin is applied or which {@code platform(SpringBootPlugin.BOM_COORDINATES)}
 * names. The Boot plugin's version comes from the project's {@code plugins} block, its catalog
 * alias or {@code buildscript} class path, else from the settings' {@code pluginManagement} or an
 * enclosing project's script, as Gradle inherits plugin versions.
 */
final class GradlePlatforms {

  static final String BOOT_PLUGIN = "org.springframework.boot";
  static final String DEPENDENCY_MANAGEMENT_PLUGIN = "io.spring.dependency-management";
  /** Property on each platform component: {@code platform}, {@code enforcedPlatform} or {@code mavenBom}. */
  static final String KIND = nl.autonomy.core.detect.maven.PlatformImports.KIND;

  private GradlePlatforms() {
  }

  /**
   * @param inheritedPluginVersions plugin id to version from the settings and enclosing scripts
   */
  static List<Component> of(BuildScript.Result script, SourceText text, Map<String, String> inheritedPluginVersions) {
    if (script == null) {
      return List.of();
    }
    Optional<String> bootVersion = bootVersion(script, inheritedPluginVersions);
    Map<String, Component> out = new LinkedHashMap<>();
    boolean bootBomDeclared = false;
    for (GradleDeclaration d : script.declarations()) {
      if (d.kind() != GradleDeclaration.Kind.PLATFORM) {
        continue;
      }
      Coordinate c = d.coordinate();
      boolean boot = c.key().equals(BuildScript.BOOT_BOM) && c.version() == null;
      bootBomDeclared |= boot;
      String version = boot ? bootVersion.orElse(null) : c.pinnedVersion();
      String kind = d.configuration().equals("dependencyManagement") ? "mavenBom"
          : d.written().contains("enforcedPlatform") ? "enforcedPlatform" : "platform";
      add(out, c.group(), c.name(), version, kind, text.path(), d.line(), text.line(d.line()));
    }
    // the Boot plugin imports its BOM through the dependency-management plugin, as a mavenBom,
    // when it is applied: before the script's own imports, which therefore win over it
    if (!bootBomDeclared && script.appliedPlugins().contains(BOOT_PLUGIN)
        && script.appliedPlugins().contains(DEPENDENCY_MANAGEMENT_PLUGIN)) {
      int line = script.declarations().stream().filter(d -> d.kind() == GradleDeclaration.Kind.PLUGIN
          && d.coordinate().group().equals(BOOT_PLUGIN)).mapToInt(GradleDeclaration::line).findFirst()
          .orElseGet(() -> lineNaming(text, BOOT_PLUGIN));
      String[] ga = BuildScript.BOOT_BOM.split(":");
      Map<String, Component> first = new LinkedHashMap<>();
      add(first, ga[0], ga[1], bootVersion.orElse(null), "mavenBom", text.path(), line, line > 0 ? text.line(line) : "");
      out.forEach(first::putIfAbsent);
      return List.copyOf(first.values());
    }
    return List.copyOf(out.values());
  }

  /** The first line that names a plugin id in quotes (a plugin applied without a version), or 0. */
  private static int lineNaming(SourceText text, String id) {
    for (int n = 1; n <= text.lines().size(); n++) {
      String line = text.line(n);
      if (line.contains("'" + id + "'") || line.contains("\"" + id + "\"")) {
        return n;
      }
    }
    return 0;
  }

  private static void add(Map<String, Component> out, String group, String name, String version, String kind,
      String file, int line, String excerpt) {
    String purl = PurlFactory.create(Ecosystem.MAVEN.purlType(), group, name, version, Map.of("type", "pom"));
    out.putIfAbsent(purl, Component.builder(purl, Ecosystem.MAVEN, name).purl(purl).group(group).version(version)
        .property(KIND, kind).evidence(Evidences.manifest(GradleDetector.ID, file, line, excerpt)).build());
  }

  /** The Boot plugin's version: the project's own declaration, its build-script class path, else inherited. */
  static Optional<String> bootVersion(BuildScript.Result script, Map<String, String> inherited) {
    for (GradleDeclaration d : script.declarations()) {
      Coordinate c = d.coordinate();
      if (d.kind() == GradleDeclaration.Kind.PLUGIN && c.group().equals(BOOT_PLUGIN) && c.pinnedVersion() != null) {
        return Optional.of(c.pinnedVersion());
      }
      if (c.key().equals("org.springframework.boot:spring-boot-gradle-plugin") && c.pinnedVersion() != null) {
        return Optional.of(c.pinnedVersion());
      }
    }
    return Optional.ofNullable(inherited.get(BOOT_PLUGIN));
  }

  /** Plugin id to version for every plugin a script (or settings script) declares with a version. */
  static Map<String, String> pluginVersions(BuildScript.Result script) {
    Map<String, String> out = new LinkedHashMap<>();
    for (GradleDeclaration d : script.declarations()) {
      Coordinate c = d.coordinate();
      if (d.kind() == GradleDeclaration.Kind.PLUGIN && c.pinnedVersion() != null) {
        out.putIfAbsent(c.group(), c.pinnedVersion());
      } else if (c.key().equals("org.springframework.boot:spring-boot-gradle-plugin") && c.pinnedVersion() != null) {
        out.putIfAbsent(BOOT_PLUGIN, c.pinnedVersion());
      }
    }
    return out;
  }

  static List<String> describe(List<Component> platforms) {
    List<String> out = new ArrayList<>();
    platforms.forEach(p -> out.add(p.group() + ":" + p.name() + (p.version() == null ? "" : ":" + p.version())));
    return out;
  }
}

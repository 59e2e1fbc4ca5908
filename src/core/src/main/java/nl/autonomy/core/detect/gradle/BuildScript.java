package nl.autonomy.core.detect.gradle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.support.SourceText;

/**
 * What a build.gradle or build.gradle.kts declares, read from its text: dependencies in known
 * configurations (string and map notation, {@code kotlin("x")}, catalog accessors, bundles,
 * {@code platform()}/{@code enforcedPlatform()} BOMs), plugins with a version, and repositories.
 * Anything computed at configuration time (loops, functions, conditionals) is out of reach of a
 * reader that never runs the script; what cannot be resolved is reported, never guessed.
 */
final class BuildScript {

  private static final String S = ScriptText.STRING;
  private static final Pattern DECLARATION = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\s*\\(?\\s*(?:"
      + "(platform|enforcedPlatform)\\s*\\(\\s*(?:" + S + "|(\\w+)\\.([\\w.]+?)(?:\\.get\\(\\))?\\s*\\))"
      + "|group\\s*[:=]\\s*" + S + "\\s*,\\s*name\\s*[:=]\\s*" + S + "(?:\\s*,\\s*version\\s*[:=]\\s*(?:" + S + "|([A-Za-z_]\\w*)))?"
      + "|kotlin\\s*\\(\\s*\"([\\w-]+)\"(?:\\s*,\\s*\"([^\"]*)\")?\\s*\\)"
      + "|" + S
      + "|(\\w+)\\.([\\w.]+?)(?:\\.get\\(\\))?(?=[\\s)]))");
  private static final Pattern PLUGIN = Pattern.compile(
      "\\bid\\s*\\(?\\s*" + S + "\\s*\\)?\\s*version\\s*\\(?\\s*" + S
          + "|\\bkotlin\\s*\\(\\s*\"([\\w-]+)\"\\s*\\)\\s*version\\s*\\(?\\s*" + S
          + "|\\balias\\s*\\(\\s*(\\w+)\\.plugins\\.([\\w.]+)\\s*\\)");
  private static final Pattern REPOSITORY = Pattern.compile(
      "\\bmaven\\s*\\(\\s*(?:url\\s*=\\s*)?(?:uri\\s*\\(\\s*)?" + S
          + "|\\bmaven\\s*\\{[^{}]*?\\burl\\s*(?:=\\s*)?\\(?\\s*(?:uri\\s*\\(\\s*)?" + S
          + "|\\bsetUrl\\s*\\(\\s*" + S
          + "|\\b(google|gradlePluginPortal|mavenCentral)\\s*\\(\\s*\\)");

  /** An accessor the script uses that the catalog does not define. */
  record Unresolved(String written, int line, String reason) {
  }

  /**
   * @param appliedPlugins the ids of every plugin the script applies, with or without a version
   *     ({@code id("x")}, {@code apply plugin: 'x'}, catalog aliases), in order
   */
  record Result(List<GradleDeclaration> declarations, List<String> repositories, List<Unresolved> unresolved,
      List<String> appliedPlugins) {
  }

  private static final Pattern APPLIED = Pattern.compile("\\bid\\s*\\(?\\s*" + S
      + "|\\bapply\\s*\\(?\\s*plugin\\s*[:=]\\s*" + S);
  /** {@code mavenBom "g:a:v"} in a {@code dependencyManagement { imports { } }} block (Spring's plugin). */
  private static final Pattern MAVEN_BOM = Pattern.compile("\\bmavenBom\\s*\\(?\\s*(?:" + S
      + "|((?:[\\w.]+\\.)?SpringBootPlugin\\.BOM_COORDINATES))");
  /** Spring Boot's BOM, whose version is the Boot plugin's. */
  static final String BOOT_BOM = "org.springframework.boot:spring-boot-dependencies";

  private BuildScript() {
  }

  static Result read(SourceText text, ScriptText script, Optional<VersionCatalog> catalog) {
    List<GradleDeclaration> out = new ArrayList<>();
    List<Unresolved> unresolved = new ArrayList<>();
    String code = script.code();
    Matcher m = DECLARATION.matcher(code);
    while (m.find()) {
      String configuration = m.group(1);
      if (!GradleConfigurations.isDeclarable(configuration)) {
        continue;
      }
      int line = text.lineAt(m.start(1));
      String written = m.group().substring(configuration.length()).trim().replaceFirst("^\\(\\s*", "");
      if (m.group(2) != null) {
        String notation = ScriptText.literal(m, 3);
        if (notation != null) {
          coordinate(script, notation).ifPresent(c ->
              out.add(new GradleDeclaration(GradleDeclaration.Kind.PLATFORM, configuration, c, written, line, 0)));
        } else if (m.group(6).endsWith("BOM_COORDINATES") || m.group(5).equals("SpringBootPlugin")) {
          // Spring Boot's BOM at the Boot plugin's version, which GradlePlatforms fills in
          out.add(new GradleDeclaration(GradleDeclaration.Kind.PLATFORM, configuration,
              Coordinate.parse(BOOT_BOM).orElseThrow(), written, line, 0));
        } else {
          accessor(m.group(5), m.group(6), catalog, configuration, written, line, GradleDeclaration.Kind.PLATFORM, out, unresolved);
        }
      } else if (ScriptText.literal(m, 7) != null) {
        String version = ScriptText.literal(m, 11) != null ? ScriptText.literal(m, 11)
            : m.group(13) != null ? "${" + m.group(13) + "}" : null;
        String notation = ScriptText.literal(m, 7) + ":" + ScriptText.literal(m, 9) + (version == null ? "" : ":" + version);
        coordinate(script, notation, written, line, unresolved).ifPresent(
            c -> out.add(new GradleDeclaration(GradleDeclaration.Kind.LIBRARY, configuration, c, written, line, 0)));
      } else if (m.group(14) != null) {
        String notation = "org.jetbrains.kotlin:kotlin-" + m.group(14) + (m.group(15) == null ? "" : ":" + m.group(15));
        coordinate(script, notation).ifPresent(c ->
            out.add(new GradleDeclaration(GradleDeclaration.Kind.LIBRARY, configuration, c, written, line, 0)));
      } else if (ScriptText.literal(m, 16) != null) {
        String notation = ScriptText.literal(m, 16);
        if (notation.contains(":")) {
          coordinate(script, notation, written, line, unresolved).ifPresent(
              c -> out.add(new GradleDeclaration(GradleDeclaration.Kind.LIBRARY, configuration, c, written, line, 0)));
        }
      } else if (m.group(18) != null) {
        accessor(m.group(18), m.group(19), catalog, configuration, written, line, GradleDeclaration.Kind.LIBRARY, out, unresolved);
      }
    }
    plugins(text, script, catalog, out, unresolved);
    mavenBoms(text, script, out, unresolved);
    List<String> applied = new ArrayList<>();
    Matcher a = APPLIED.matcher(code);
    while (a.find()) {
      String id = ScriptText.literal(a, 1) != null ? ScriptText.literal(a, 1) : ScriptText.literal(a, 3);
      if (id != null && !applied.contains(id)) {
        applied.add(id);
      }
    }
    out.stream().filter(d -> d.kind() == GradleDeclaration.Kind.PLUGIN).map(d -> d.coordinate().group())
        .filter(id -> !applied.contains(id)).forEach(applied::add);
    return new Result(out, repositories(script), unresolved, List.copyOf(applied));
  }

  /** The BOMs Spring's dependency-management plugin imports, as platforms of the build. */
  private static void mavenBoms(SourceText text, ScriptText script, List<GradleDeclaration> out,
      List<Unresolved> unresolved) {
    Matcher m = MAVEN_BOM.matcher(script.code());
    while (m.find()) {
      int line = text.lineAt(m.start());
      String notation = m.group(3) != null ? BOOT_BOM : ScriptText.literal(m, 1);
      Optional<Coordinate> c = notation.contains("BOM_COORDINATES") ? Coordinate.parse(BOOT_BOM)
          : coordinate(script, notation, m.group(), line, unresolved);
      c.ifPresent(x -> out.add(new GradleDeclaration(GradleDeclaration.Kind.PLATFORM, "dependencyManagement", x,
          m.group(), line, 0)));
    }
  }

  /**
   * A coordinate whose variables are resolved; a version that stays unknown is dropped rather than
   * kept as {@code $springVersion}, so the declaration still names the package.
   */
  private static Optional<Coordinate> coordinate(ScriptText script, String notation) {
    return coordinate(script, notation, null, 0, null);
  }

  private static Optional<Coordinate> coordinate(ScriptText script, String notation, String written, int line,
      List<Unresolved> unresolved) {
    Optional<Coordinate> resolved = script.interpolate(notation).flatMap(Coordinate::parse);
    if (resolved.isPresent()) {
      return resolved;
    }
    if (unresolved != null && notation.contains("$")) {
      unresolved.add(new Unresolved(written, line,
          "a variable it uses is not defined in the build or gradle.properties; it is listed without that version"));
    }
    return Coordinate.parse(notation.replaceAll(":[^:]*\\$[^:]*$", ""))
        .filter(c -> !c.group().contains("$") && !c.name().contains("$"));
  }

  private static void accessor(String catalogName, String path, Optional<VersionCatalog> catalog, String configuration,
      String written, int line, GradleDeclaration.Kind kind, List<GradleDeclaration> out, List<Unresolved> unresolved) {
    if (catalog.isEmpty() || !catalog.get().name().equals(catalogName)) {
      if (catalogName.equals("libs") || catalogName.endsWith("Libs")) {
        unresolved.add(new Unresolved(written, line, "no readable version catalog '" + catalogName + "' was found for this build"));
      }
      return;
    }
    VersionCatalog c = catalog.get();
    if (path.startsWith("bundles.")) {
      List<String> members = c.bundles().get(path.substring("bundles.".length()));
      if (members == null) {
        unresolved.add(new Unresolved(written, line, "the catalog defines no bundle '" + path + "'"));
        return;
      }
      for (String member : members) {
        c.library(member).ifPresent(l -> out.add(new GradleDeclaration(kind, configuration, l.coordinate(), written, line, l.line())));
      }
      return;
    }
    c.library(path).ifPresentOrElse(
        l -> out.add(new GradleDeclaration(kind, configuration, l.coordinate(), written, line, l.line())),
        () -> unresolved.add(new Unresolved(written, line, "the catalog defines no library '" + path + "'")));
  }

  private static void plugins(SourceText text, ScriptText script, Optional<VersionCatalog> catalog,
      List<GradleDeclaration> out, List<Unresolved> unresolved) {
    Matcher m = PLUGIN.matcher(script.code());
    while (m.find()) {
      int line = text.lineAt(m.start());
      String written = m.group();
      String id;
      String version;
      if (ScriptText.literal(m, 1) != null) {
        id = ScriptText.literal(m, 1);
        version = script.interpolate(ScriptText.literal(m, 3)).orElse(null);
      } else if (m.group(5) != null) {
        id = "org.jetbrains.kotlin." + m.group(5);
        version = script.interpolate(ScriptText.literal(m, 6)).orElse(null);
      } else {
        Optional<VersionCatalog.Library> plugin = catalog.filter(c -> c.name().equals(m.group(8)))
            .map(c -> c.plugins().get(m.group(9)));
        if (plugin.isEmpty()) {
          unresolved.add(new Unresolved(written, line, "the catalog defines no plugin '" + m.group(9) + "'"));
        } else {
          out.add(new GradleDeclaration(GradleDeclaration.Kind.PLUGIN, "plugins", plugin.get().coordinate(), written, line,
              plugin.get().line()));
        }
        continue;
      }
      out.add(new GradleDeclaration(GradleDeclaration.Kind.PLUGIN, "plugins",
          new Coordinate(id, id + ".gradle.plugin", version), written, line, 0));
    }
  }

  /** Repository URLs besides Maven Central (which the resolver always uses). */
  static List<String> repositories(ScriptText script) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = REPOSITORY.matcher(script.code());
    while (m.find()) {
      String url = ScriptText.literal(m, 1) != null ? ScriptText.literal(m, 1)
          : ScriptText.literal(m, 3) != null ? ScriptText.literal(m, 3) : ScriptText.literal(m, 5);
      if (url != null) {
        script.interpolate(url).filter(u -> u.startsWith("https://") || u.startsWith("http://")).ifPresent(out::add);
      } else if ("google".equals(m.group(7))) {
        out.add("https://dl.google.com/dl/android/maven2/");
      } else if ("gradlePluginPortal".equals(m.group(7))) {
        out.add("https://plugins.gradle.org/m2/");
      }
    }
    return List.copyOf(out);
  }
}

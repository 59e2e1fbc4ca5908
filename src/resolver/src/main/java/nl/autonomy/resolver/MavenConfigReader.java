package nl.autonomy.resolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * Reads a reactor's {@code .mvn/maven.config} and {@code .mvn/jvm.config} the way Maven does, from
 * the multi-module project directory: the nearest folder holding {@code .mvn}, from the reactor
 * root's folder upwards (Maven's {@code mvn} script searches up to the file system's root; here
 * the search stops at the scanned folder, since what lies outside is not part of the scan).
 *
 * <p>{@code maven.config}: Maven 3.9 and 4 take every line that is not empty and does not start
 * with {@code #} as one argument, exactly as written (quotes stay characters; a line with leading
 * blanks is refused). Maven up to 3.8 split the whole file on white space instead. The two agree
 * on a file with one argument per line, which is what Maven documents; where they differ (a line
 * holding {@code -Drevision=1 -Dchangelist=-SNAPSHOT}) the Maven version the project's wrapper
 * pins decides, and without a wrapper the author's evident intent (split, when every part is an
 * option), and a warning names the line and both readings.
 *
 * <p>{@code jvm.config}: the {@code mvn} script joins its lines and hands them to the JVM split on
 * white space; its {@code -Dk=v} are system properties of Maven's JVM, which POMs see under the
 * user properties.
 */
final class MavenConfigReader {

  private static final Pattern WRAPPER_MAVEN = Pattern.compile("apache-maven-(\\d+)\\.(\\d+)");

  private MavenConfigReader() {
  }

  /**
   * @param root the scanned root
   * @param reactorRootPom the reactor root's pom.xml relative to {@code root}
   * @param options the user's options, which win over the project's files
   */
  static MavenBuildConfig read(Path root, String reactorRootPom, ScanOptions options) {
    String dir = MavenProjectDirectory.of(root, reactorRootPom);
    if (dir == null) {
      return MavenBuildConfig.ofUser(options);
    }
    String mvn = dir.isEmpty() ? ".mvn" : dir + "/.mvn";
    List<Problem> problems = new ArrayList<>();
    Map<String, String> userProperties = new LinkedHashMap<>();
    List<String> active = new ArrayList<>();
    List<String> inactive = new ArrayList<>();
    Path settings = null;
    Path globalSettings = null;
    boolean offline = false;
    Path projectDir = root.resolve(dir).normalize();
    Path mavenConfig = root.resolve(mvn + "/maven.config");
    if (Files.isRegularFile(mavenConfig)) {
      String file = mvn + "/maven.config";
      List<String> args = arguments(mavenConfig, file, legacySplit(root.resolve(mvn)), problems);
      MavenArguments.Parsed parsed = MavenArguments.parse(args);
      userProperties.putAll(parsed.userProperties());
      MavenBuildConfig.addProfiles(parsed.profiles(), active, inactive);
      // Maven resolves a relative -s against the folder it runs in: the project directory
      settings = parsed.settings() == null ? null : projectDir.resolve(parsed.settings()).normalize();
      globalSettings = parsed.globalSettings() == null ? null : projectDir.resolve(parsed.globalSettings()).normalize();
      offline = parsed.offline();
      if (!parsed.unknown().isEmpty()) {
        problems.add(Problem.warning(ResolverMavenGraphProvider.SOURCE, Location.of(file),
            "Maven does not accept " + String.join(", ", parsed.unknown()) + " in maven.config (Maven would stop "
                + "with 'Unrecognized maven.config entries'); the rest of the file is applied"));
      }
      if (parsed.ignoreTransitiveRepositories()) {
        problems.add(Problem.warning(ResolverMavenGraphProvider.SOURCE, Location.of(file),
            "-itr (ignore the repositories that dependencies' POMs declare) is not applied: Autonomy uses those "
                + "repositories, so it may find artifacts this build would not"));
      }
      for (Path named : java.util.Arrays.asList(settings, globalSettings)) {
        if (named != null && !Files.isRegularFile(named)) {
          problems.add(Problem.error(ResolverMavenGraphProvider.SOURCE, Location.of(file),
              "the settings file " + relative(root, named) + " named in maven.config does not exist; "
                  + "Maven would stop here, Autonomy goes on with the default settings"));
        }
      }
    }
    Map<String, String> systemProperties = jvmConfig(root.resolve(mvn + "/jvm.config"));
    problems.addAll(MavenExtensions.fromExtensionsXml(root, mvn + "/extensions.xml"));
    // the user's own options come after the project's, as CLI options after maven.config's
    userProperties.putAll(options.mavenUserProperties());
    MavenBuildConfig.addProfiles(options.mavenProfiles(), active, inactive);
    if (options.settingsFile() != null) {
      settings = options.settingsFile();
    }
    if (settings != null && !Files.isRegularFile(settings)) {
      settings = options.settingsFile();
    }
    if (globalSettings != null && !Files.isRegularFile(globalSettings)) {
      globalSettings = null;
    }
    return new MavenBuildConfig(dir, userProperties, systemProperties, active, inactive, settings, globalSettings,
        offline || options.offline(), problems);
  }

  /** The arguments of maven.config: one per line (Maven 3.9+), or split on white space (Maven 3.8 and older). */
  static List<String> arguments(Path file, String relative, Boolean legacy, List<Problem> problems) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(Problem.error(ResolverMavenGraphProvider.SOURCE, Location.of(relative),
          "cannot read maven.config, so its properties and profiles are not applied: " + e.getMessage()));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (Boolean.TRUE.equals(legacy)) {
      for (String token : text.strip().split("\\s+")) {
        if (!token.isEmpty()) {
          out.add(token);
        }
      }
      return out;
    }
    String[] lines = text.split("\\r?\\n|\\r", -1);
    for (int n = 1; n <= lines.length; n++) {
      String line = lines[n - 1];
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        problems.add(Problem.warning(ResolverMavenGraphProvider.SOURCE, new Location(relative, n, 1),
            "this line starts with white space, which Maven 3.9 and later refuse ('Unrecognized maven.config "
                + "entries'); it is read without it"));
        line = line.strip();
        if (line.startsWith("#")) {
          continue;
        }
      }
      List<String> parts = List.of(line.strip().split("\\s+"));
      if (parts.size() > 1 && parts.stream().allMatch(p -> p.startsWith("-"))) {
        boolean split = !Boolean.FALSE.equals(legacy);
        problems.add(Problem.warning(ResolverMavenGraphProvider.SOURCE, new Location(relative, n, 1),
            "this line holds " + parts.size() + " options: Maven 3.9 and later take a line as one argument ('"
                + line + "' as a single value), Maven 3.8 and earlier split it; read "
                + (split ? "split, as " + (legacy == null ? "meant (no Maven wrapper pins the Maven version)"
                    : "the wrapper's Maven does") : "as one argument, as the wrapper's Maven does")
                + "; write one option per line to make it unambiguous"));
        if (split) {
          out.addAll(parts);
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Whether the Maven the project's wrapper pins reads maven.config the old way (true: 3.8 and
   * older), the new way (false: 3.9 and later), or null when no wrapper says.
   */
  static Boolean legacySplit(Path mvnDir) {
    Path wrapper = mvnDir.resolve("wrapper/maven-wrapper.properties");
    if (!Files.isRegularFile(wrapper)) {
      return null;
    }
    try {
      Matcher m = WRAPPER_MAVEN.matcher(Files.readString(wrapper, StandardCharsets.UTF_8));
      if (!m.find()) {
        return null;
      }
      int major = Integer.parseInt(m.group(1));
      int minor = Integer.parseInt(m.group(2));
      return major < 3 || major == 3 && minor < 9;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  /** The {@code -Dk=v} of jvm.config, which reach Maven as system properties. */
  static Map<String, String> jvmConfig(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return out;
    }
    for (String line : text.split("\\r?\\n|\\r")) {
      if (line.strip().startsWith("#")) {
        continue; // Maven 4 skips comment lines; Maven 3's script would hand them to the JVM, which refuses them
      }
      for (String token : line.strip().split("\\s+")) {
        if (token.startsWith("-D") && token.length() > 2) {
          int eq = token.indexOf('=');
          out.put(eq < 0 ? token.substring(2) : token.substring(2, eq), eq < 0 ? "" : token.substring(eq + 1));
        }
      }
    }
    return out;
  }

  private static String relative(Path root, Path file) {
    Path r = root.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    return f.startsWith(r) ? r.relativize(f).toString().replace('\\', '/') : f.toString();
  }
}

package nl.autonomy.resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.model.Problem;

/**
 * How Maven would be invoked on one reactor: the user properties, profiles, settings and offline
 * mode of its {@code .mvn/maven.config}, the system properties of its {@code .mvn/jvm.config}, and
 * the user's own options (the CLI's {@code --define}, {@code --settings}, {@code --offline}), which
 * win over the project's files as they do on Maven's command line.
 *
 * @param projectDirectory the multi-module project directory (holding {@code .mvn}), relative to
 *     the scanned root with {@code /}, {@code ""} for the root itself; null when the reactor has none
 * @param userProperties user properties, the user's over the project's
 * @param systemProperties system properties from {@code jvm.config} (under the JVM's own)
 * @param activeProfiles profiles activated with {@code -P id}
 * @param inactiveProfiles profiles deactivated with {@code -P !id} or {@code -P -id}
 * @param settings the user settings file ({@code -s}), absolute, or null for the default
 * @param globalSettings the global settings file ({@code -gs}), absolute, or null for the default
 * @param offline whether Maven would run offline
 * @param problems what could not be read or applied, each naming its file and line
 */
record MavenBuildConfig(String projectDirectory, Map<String, String> userProperties,
    Map<String, String> systemProperties, List<String> activeProfiles, List<String> inactiveProfiles,
    Path settings, Path globalSettings, boolean offline, List<Problem> problems) {

  MavenBuildConfig {
    userProperties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(userProperties));
    systemProperties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(systemProperties));
    activeProfiles = List.copyOf(activeProfiles);
    inactiveProfiles = List.copyOf(inactiveProfiles);
    problems = List.copyOf(problems);
  }

  /** Only the user's own options: a reactor without {@code .mvn}, or coordinates from another build tool. */
  static MavenBuildConfig ofUser(ScanOptions options) {
    List<String> active = new ArrayList<>();
    List<String> inactive = new ArrayList<>();
    addProfiles(options.mavenProfiles(), active, inactive);
    return new MavenBuildConfig(null, options.mavenUserProperties(), Map.of(), active, inactive,
        options.settingsFile(), null, options.offline(), List.of());
  }

  /** Sorts {@code -P} entries into activated and deactivated profiles, as Maven does. */
  static void addProfiles(List<String> entries, List<String> active, List<String> inactive) {
    for (String p : entries) {
      if (p.startsWith("!") || p.startsWith("-")) {
        if (p.length() > 1 && !inactive.contains(p.substring(1))) {
          inactive.add(p.substring(1));
        }
      } else if (p.startsWith("+")) {
        if (p.length() > 1 && !active.contains(p.substring(1))) {
          active.add(p.substring(1));
        }
      } else if (!p.isEmpty() && !active.contains(p)) {
        active.add(p);
      }
    }
  }

  /** The system properties the model builder sees: the JVM's, then jvm.config's on top. */
  Properties modelSystemProperties() {
    Properties out = new Properties();
    out.putAll(System.getProperties());
    systemProperties.forEach(out::setProperty);
    return out;
  }

  Properties modelUserProperties() {
    Properties out = new Properties();
    userProperties.forEach(out::setProperty);
    return out;
  }

  /** The options a repository session for this reactor needs: settings and offline from the files. */
  ScanOptions sessionOptions(ScanOptions options) {
    return options.withSettingsFile(settings).withOffline(offline);
  }
}

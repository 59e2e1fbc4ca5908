package nl.autonomy.resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.ScanOptions;

/**
 * The {@link MavenBuildConfig} of each reactor of a scan: each multi-module project directory's
 * {@code .mvn} is read once and its problems reported once, however many reactors share it.
 */
final class MavenConfigs {

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  private MavenConfigs() {
  }

  static Map<Reactor, MavenBuildConfig> of(Path root, List<Reactor> reactors, ScanOptions options,
      DetectionCollector out) {
    Map<String, MavenBuildConfig> byDirectory = new HashMap<>();
    Map<Reactor, MavenBuildConfig> configs = new LinkedHashMap<>();
    for (Reactor reactor : reactors) {
      String dir = MavenProjectDirectory.of(root, reactor.root().path());
      MavenBuildConfig config = dir == null ? MavenBuildConfig.ofUser(options) : byDirectory.computeIfAbsent(dir, d -> {
        MavenBuildConfig read = MavenConfigReader.read(root, reactor.root().path(), options);
        out.problems(read.problems());
        return read;
      });
      configs.put(reactor, config);
    }
    return configs;
  }

  /**
   * Reactors grouped by the repository session they need (user and system properties, which reach
   * dependencies' POMs too; settings, global settings, offline); each key carries those, in the
   * order the reactors were found. One group in the usual scan.
   */
  static Map<MavenBuildConfig, List<Reactor>> bySession(Map<Reactor, MavenBuildConfig> configs, ScanOptions options) {
    Map<MavenBuildConfig, List<Reactor>> out = new LinkedHashMap<>();
    configs.forEach((reactor, config) -> {
      MavenBuildConfig key = new MavenBuildConfig(null, config.userProperties(), config.systemProperties(),
          List.of(), List.of(), config.settings(), config.globalSettings(), config.offline(), List.of());
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(reactor);
    });
    if (out.isEmpty()) {
      out.put(MavenBuildConfig.ofUser(options), List.of());
    }
    return out;
  }

  /**
   * A POM header's version with the user properties filled in ({@code ${revision}${changelist}}),
   * so reactor members register under the version Maven gives them before any model is built;
   * unchanged when a property is not a user property.
   */
  static String interpolate(String version, MavenBuildConfig config) {
    if (version == null || config == null || !version.contains("${")) {
      return version;
    }
    Matcher m = PROPERTY.matcher(version);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = config.userProperties().get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}

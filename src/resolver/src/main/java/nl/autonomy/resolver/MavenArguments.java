package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maven command-line arguments, read as Maven's own CLI reads them (Apache Commons CLI with
 * Maven's option table), keeping what changes which dependencies a build resolves: user
 * properties ({@code -D}/{@code --define}), profiles ({@code -P}/{@code --activate-profiles}),
 * settings ({@code -s}/{@code --settings}, {@code -gs}/{@code --global-settings}) and
 * {@code -o}/{@code --offline}. Options that only change how Maven runs ({@code -T 1C},
 * {@code -B}, {@code -e}, {@code --fail-at-end}) are recognised and passed over, with their
 * values; an option Maven does not know is reported, as Maven would refuse it.
 *
 * <p>Values are taken as Commons CLI takes them: {@code -Dk=v}, {@code -D k=v}, {@code --define k=v}
 * and {@code --define=k=v}; a property without {@code =} is {@code "true"}; a value is never
 * unquoted (quotes in {@code .mvn/maven.config} reach Maven as characters). Later definitions of a
 * property win, as in Maven.
 */
final class MavenArguments {

  /**
   * What the arguments say.
   *
   * @param userProperties {@code -D} properties in the order given, later ones replacing earlier ones
   * @param profiles {@code -P} entries, split on commas, {@code !id} or {@code -id} to deactivate
   * @param settings {@code -s} file as written, or null
   * @param globalSettings {@code -gs} file as written, or null
   * @param offline whether {@code -o} was given
   * @param ignoreTransitiveRepositories whether {@code -itr} was given
   * @param unknown arguments Maven would refuse
   */
  record Parsed(Map<String, String> userProperties, List<String> profiles, String settings, String globalSettings,
      boolean offline, boolean ignoreTransitiveRepositories, List<String> unknown) {
  }

  /** Maven 3.9's options that take a value (short and long names), from its {@code CLIManager}. */
  private static final Set<String> WITH_VALUE = Set.of("f", "file", "D", "define", "P", "activate-profiles",
      "s", "settings", "gs", "global-settings", "t", "toolchains", "gt", "global-toolchains", "rf", "resume-from",
      "pl", "projects", "l", "log-file", "T", "threads", "b", "builder");
  /** Options whose value is optional ({@code --color}, {@code -emp}, {@code -ep}): only {@code =value} counts. */
  private static final Set<String> OPTIONAL_VALUE = Set.of("color", "emp", "encrypt-master-password", "ep",
      "encrypt-password");
  /** Maven 3.9's and 4's options without a value. */
  private static final Set<String> FLAGS = Set.of("h", "help", "o", "offline", "v", "version", "q", "quiet", "X",
      "debug", "e", "errors", "N", "non-recursive", "U", "update-snapshots", "B", "batch-mode", "nsu",
      "no-snapshot-updates", "C", "strict-checksums", "c", "lax-checksums", "ff", "fail-fast", "fae", "fail-at-end",
      "fn", "fail-never", "am", "also-make", "amd", "also-make-dependents", "V", "show-version", "ntp",
      "no-transfer-progress", "itr", "ignore-transitive-repositories", "npr", "no-plugin-registry", "cpu",
      "check-plugin-updates", "up", "update-plugins", "npu", "no-plugin-updates", "llr", "legacy-local-repository",
      "raw-streams", "canFail", "cstd", "fail-on-severity", "non-interactive", "force-interactive");

  private MavenArguments() {
  }

  static Parsed parse(List<String> args) {
    Map<String, String> properties = new LinkedHashMap<>();
    List<String> profiles = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    String settings = null;
    String globalSettings = null;
    boolean offline = false;
    boolean itr = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      Option o = option(arg);
      if (o == null) {
        unknown.add(arg);
        continue;
      }
      String value = o.attached;
      if (value == null && WITH_VALUE.contains(o.name)) {
        if (i + 1 >= args.size()) {
          unknown.add(arg + " (without its value)");
          continue;
        }
        value = args.get(++i);
      }
      switch (o.name) {
        case "D", "define" -> {
          int eq = value.indexOf('=');
          String key = eq < 0 ? value : value.substring(0, eq);
          properties.remove(key);
          properties.put(key, eq < 0 ? "true" : value.substring(eq + 1));
        }
        case "P", "activate-profiles" -> {
          for (String p : value.split(",")) {
            if (!p.isBlank()) {
              profiles.add(p.strip());
            }
          }
        }
        // Commons CLI returns the first value of a repeated option: the first -s wins
        case "s", "settings" -> settings = settings == null ? value : settings;
        case "gs", "global-settings" -> globalSettings = globalSettings == null ? value : globalSettings;
        case "o", "offline" -> offline = true;
        case "itr", "ignore-transitive-repositories" -> itr = true;
        default -> {
          // how Maven runs, not what it resolves
        }
      }
    }
    return new Parsed(properties, profiles, settings, globalSettings, offline, itr, unknown);
  }

  /** An option's name and its attached value ({@code -Dk=v}, {@code -T1C}, {@code --define=k=v}), or null. */
  private record Option(String name, String attached) {
  }

  private static Option option(String arg) {
    if (arg.startsWith("--")) {
      String body = arg.substring(2);
      int eq = body.indexOf('=');
      String name = eq < 0 ? body : body.substring(0, eq);
      if (WITH_VALUE.contains(name) || OPTIONAL_VALUE.contains(name) || FLAGS.contains(name)) {
        return new Option(name, eq < 0 ? null : body.substring(eq + 1));
      }
      return null;
    }
    if (!arg.startsWith("-") || arg.length() < 2) {
      return null;
    }
    String body = arg.substring(1);
    if (FLAGS.contains(body) || WITH_VALUE.contains(body) || OPTIONAL_VALUE.contains(body)) {
      return new Option(body, null);
    }
    // the longest option name that prefixes the argument takes the rest as its value: -gsfile, -Dk=v, -T1C
    for (int len = Math.min(3, body.length() - 1); len >= 1; len--) {
      String name = body.substring(0, len);
      if (WITH_VALUE.contains(name)) {
        return new Option(name, body.substring(len));
      }
      if (OPTIONAL_VALUE.contains(name) && body.charAt(len) == '=') {
        return new Option(name, body.substring(len + 1));
      }
    }
    return null;
  }
}

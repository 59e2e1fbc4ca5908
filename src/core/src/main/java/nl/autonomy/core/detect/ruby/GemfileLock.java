package nl.autonomy.core.detect.ruby;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.SourceText;

/**
 * The parts of a Gemfile.lock: the specs of every source section (GEM, GIT, PATH) with their
 * dependency names, the DEPENDENCIES the Gemfile declared, and CHECKSUMS (Bundler 2.5+).
 */
record GemfileLock(List<Spec> specs, Map<String, Integer> dependencies, Map<String, String> checksums) {

  /** One resolved gem; {@code platform} is null for pure-Ruby gems. */
  record Spec(String name, String version, String platform, String section, String remote, List<String> deps,
      int line) {
  }

  static GemfileLock parse(SourceText text) throws LockfileSyntaxException {
    List<Spec> specs = new ArrayList<>();
    Map<String, Integer> dependencies = new HashMap<>();
    Map<String, String> checksums = new HashMap<>();
    String section = null;
    String remote = null;
    Spec current = null;
    for (int n = 1; n <= text.lines().size(); n++) {
      String line = text.line(n);
      if (line.isBlank()) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      String body = line.trim();
      if (indent == 0) {
        section = body;
        remote = null;
        current = null;
        continue;
      }
      if (section == null) {
        throw new LockfileSyntaxException(n, "an indented line before any section header: " + body);
      }
      switch (section) {
        case "GEM", "GIT", "PATH", "PLUGIN SOURCE" -> {
          if (indent == 2 && body.startsWith("remote:")) {
            remote = body.substring("remote:".length()).trim();
          } else if (indent == 4) {
            current = spec(body, n, section, remote);
            specs.add(current);
          } else if (indent == 6) {
            if (current == null) {
              throw new LockfileSyntaxException(n, "a dependency line outside any spec: " + body);
            }
            current.deps().add(nameOf(body));
          }
        }
        case "DEPENDENCIES" -> {
          if (indent == 2) {
            String name = nameOf(body);
            dependencies.put(name.endsWith("!") ? name.substring(0, name.length() - 1) : name, n);
          }
        }
        case "CHECKSUMS" -> {
          String[] w = body.split("\\s+");
          if (w.length >= 3 && w[w.length - 1].startsWith("sha256=")) {
            checksums.put(w[0] + " " + w[1], w[w.length - 1].substring("sha256=".length()));
          }
        }
        default -> {
          // PLATFORMS, RUBY VERSION, BUNDLED WITH: not packages
        }
      }
    }
    return new GemfileLock(specs, dependencies, checksums);
  }

  private static Spec spec(String body, int n, String section, String remote) throws LockfileSyntaxException {
    int open = body.indexOf(" (");
    if (open < 0 || !body.endsWith(")")) {
      throw new LockfileSyntaxException(n, "a spec reads 'name (version)': " + body);
    }
    String name = body.substring(0, open);
    String full = body.substring(open + 2, body.length() - 1);
    String version = full;
    String platform = null;
    int dash = full.indexOf('-');
    if (dash > 0) {
      version = full.substring(0, dash);
      platform = full.substring(dash + 1);
    }
    return new Spec(name, version, platform, section, remote, new ArrayList<>(), n);
  }

  private static String nameOf(String body) {
    int space = body.indexOf(' ');
    return space < 0 ? body : body.substring(0, space);
  }
}

package nl.autonomy.core.detect.golang;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.SourceText;

/**
 * The directives of a go.mod that matter for an SBOM: the module path, its requirements and its
 * replacements. Other directives ({@code go}, {@code toolchain}, {@code exclude}, {@code retract},
 * {@code tool}, {@code godebug}) are read past.
 */
record GoModFile(String module, int moduleLine, List<Require> requires, List<Replace> replaces) {

  /** {@code require path version}, {@code indirect} when marked {@code // indirect}. */
  record Require(String path, String version, boolean indirect, int line, String excerpt) {
  }

  /** {@code replace from [fromVersion] => to [toVersion]}; {@code toVersion} is null for a local path. */
  record Replace(String from, String fromVersion, String to, String toVersion, int line) {
  }

  static GoModFile parse(SourceText text) throws LockfileSyntaxException {
    String module = null;
    int moduleLine = 0;
    List<Require> requires = new ArrayList<>();
    List<Replace> replaces = new ArrayList<>();
    String block = null;
    for (int n = 1; n <= text.lines().size(); n++) {
      String raw = text.line(n);
      String comment = raw.contains("//") ? raw.substring(raw.indexOf("//") + 2).trim() : "";
      String line = raw.contains("//") ? raw.substring(0, raw.indexOf("//")).trim() : raw.trim();
      if (line.isEmpty()) {
        continue;
      }
      String directive;
      String rest;
      if (block != null) {
        if (line.equals(")")) {
          block = null;
          continue;
        }
        directive = block;
        rest = line;
      } else {
        String[] parts = line.split("\\s+", 2);
        directive = parts[0];
        rest = parts.length > 1 ? parts[1].trim() : "";
        if (rest.equals("(")) {
          block = directive;
          continue;
        }
      }
      List<String> words = words(rest);
      switch (directive) {
        case "module" -> {
          if (words.size() != 1) {
            throw new LockfileSyntaxException(n, "'module' needs exactly one module path");
          }
          module = words.get(0);
          moduleLine = n;
        }
        case "require" -> {
          if (words.size() != 2) {
            throw new LockfileSyntaxException(n, "'require' needs a module path and a version: " + line);
          }
          boolean indirect = comment.equals("indirect") || comment.startsWith("indirect;");
          requires.add(new Require(words.get(0), words.get(1), indirect, n, raw));
        }
        case "replace" -> replaces.add(replace(words, n, line));
        default -> {
          // go, toolchain, exclude, retract, tool, godebug: nothing to inventory
        }
      }
    }
    if (block != null) {
      throw new LockfileSyntaxException(text.lines().size(), "the '" + block + " (' block is never closed");
    }
    if (module == null) {
      throw new LockfileSyntaxException(1, "no 'module' directive");
    }
    return new GoModFile(module, moduleLine, requires, replaces);
  }

  private static Replace replace(List<String> words, int n, String line) throws LockfileSyntaxException {
    int arrow = words.indexOf("=>");
    if (arrow < 1 || arrow > 2 || words.size() - arrow - 1 < 1 || words.size() - arrow - 1 > 2) {
      throw new LockfileSyntaxException(n, "'replace' must read 'old [version] => new [version]': " + line);
    }
    String fromVersion = arrow == 2 ? words.get(1) : null;
    String toVersion = words.size() - arrow - 1 == 2 ? words.get(arrow + 2) : null;
    return new Replace(words.get(0), fromVersion, words.get(arrow + 1), toVersion, n);
  }

  /** Splits on white space, unquoting Go string literals ({@code "path"} or {@code `path`}). */
  private static List<String> words(String rest) {
    List<String> out = new ArrayList<>();
    for (String w : rest.split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() >= 2 && (w.startsWith("\"") && w.endsWith("\"") || w.startsWith("`") && w.endsWith("`"))) {
        w = w.substring(1, w.length() - 1);
      }
      out.add(w);
    }
    return out;
  }
}

package nl.autonomy.core.detect.ruby;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Scope;

/**
 * The Bundler groups of the gems a Gemfile declares, read as text (a Gemfile is Ruby and is never
 * run): {@code group :development, :test do ... end} blocks and {@code gem "x", group: :test}.
 */
final class GemfileGroups {

  private static final Pattern GROUP_BLOCK = Pattern.compile("^\\s*group\\s*\\(?\\s*(.+?)\\s*\\)?\\s+do\\s*$");
  private static final Pattern OTHER_BLOCK = Pattern.compile("^\\s*\\w+.*\\bdo\\s*(\\|[^|]*\\|)?\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
  private static final Pattern GEM = Pattern.compile("^\\s*gem\\s*\\(?\\s*[\"']([^\"']+)[\"'](.*)$");
  private static final Pattern INLINE_GROUPS = Pattern.compile("\\bgroups?:\\s*(\\[[^\\]]*\\]|:\\w+|[\"']\\w+[\"'])");
  private static final Pattern SYMBOL = Pattern.compile(":?[\"']?(\\w+)[\"']?");

  private GemfileGroups() {
  }

  /** Gem name to its scope: test-only groups give TEST, development ones BUILD, others RUNTIME. */
  static Map<String, Scope> scopes(SourceText gemfile) {
    Map<String, Scope> out = new HashMap<>();
    Deque<List<String>> blocks = new ArrayDeque<>();
    for (String raw : gemfile.lines()) {
      String line = raw.replaceFirst("\\s+#.*$", "");
      Matcher g = GROUP_BLOCK.matcher(line);
      if (g.matches()) {
        blocks.push(symbols(g.group(1)));
      } else if (END.matcher(line).matches()) {
        if (!blocks.isEmpty()) {
          blocks.pop();
        }
      } else if (GEM.matcher(line).matches()) {
        Matcher gem = GEM.matcher(line);
        gem.matches();
        List<String> groups = new ArrayList<>();
        blocks.forEach(groups::addAll);
        Matcher inline = INLINE_GROUPS.matcher(gem.group(2));
        if (inline.find()) {
          groups.addAll(symbols(inline.group(1)));
        }
        out.merge(gem.group(1), scopeOf(groups), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
      } else if (OTHER_BLOCK.matcher(line).matches()) {
        blocks.push(List.of());
      }
    }
    return out;
  }

  private static List<String> symbols(String list) {
    List<String> out = new ArrayList<>();
    Matcher m = SYMBOL.matcher(list.replaceAll("[\\[\\],]", " "));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Scope scopeOf(List<String> groups) {
    List<String> named = groups.stream().filter(g -> !g.equals("default")).toList();
    if (named.isEmpty() || groups.contains("default")) {
      return Scope.RUNTIME;
    }
    if (named.stream().allMatch(g -> g.equals("test"))) {
      return Scope.TEST;
    }
    if (named.stream().allMatch(g -> g.equals("test") || g.equals("development"))) {
      return Scope.BUILD;
    }
    return Scope.RUNTIME;
  }
}

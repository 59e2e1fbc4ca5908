package nl.autonomy.core.detect.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.detect.support.SourceText;

/**
 * One Dockerfile instruction with its continuation lines joined ({@code \} or the escape set by a
 * {@code # escape=} directive), comments dropped, keyword upper-cased, and the line it starts on.
 */
record Instruction(String keyword, String arguments, int line) {

  List<String> words() {
    List<String> out = new ArrayList<>();
    for (String w : arguments.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static List<Instruction> all(SourceText text) {
    char escape = '\\';
    List<Instruction> out = new ArrayList<>();
    StringBuilder pending = null;
    int start = 0;
    boolean directives = true;
    for (int n = 1; n <= text.lines().size(); n++) {
      String line = text.line(n);
      String trimmed = line.trim();
      if (directives && trimmed.toLowerCase(Locale.ROOT).matches("#\\s*escape\\s*=\\s*[`\\\\]")) {
        escape = trimmed.charAt(trimmed.length() - 1);
        continue;
      }
      if (trimmed.startsWith("#") || trimmed.isEmpty()) {
        continue;
      }
      directives = false;
      boolean continues = trimmed.charAt(trimmed.length() - 1) == escape;
      String body = continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
      if (pending == null) {
        pending = new StringBuilder();
        start = n;
      }
      pending.append(body).append(' ');
      if (!continues) {
        out.add(of(pending.toString(), start));
        pending = null;
      }
    }
    if (pending != null) {
      out.add(of(pending.toString(), start));
    }
    return out;
  }

  private static Instruction of(String joined, int line) {
    String s = joined.trim();
    int space = s.indexOf(' ');
    String keyword = (space < 0 ? s : s.substring(0, space)).toUpperCase(Locale.ROOT);
    return new Instruction(keyword, space < 0 ? "" : s.substring(space + 1), line);
  }
}

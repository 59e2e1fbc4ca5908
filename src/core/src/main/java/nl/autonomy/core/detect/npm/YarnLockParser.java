package nl.autonomy.core.detect.npm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.support.LockfileSyntaxException;

/**
 * Reads yarn.lock line by line, both formats: classic v1 ({@code key "value"}) and Berry's YAML
 * subset ({@code key: value}). Both are entries at column 0 whose key lists the descriptors they
 * satisfy, fields at two spaces, and dependency maps at four.
 */
final class YarnLockParser {

  private YarnLockParser() {
  }

  /** One entry: the descriptors it satisfies, its scalar fields and its dependency maps. */
  record Entry(List<String> descriptors, Map<String, String> fields, Map<String, Map<String, String>> maps,
      int line) {
  }

  static List<Entry> parse(String text) throws LockfileSyntaxException {
    List<Entry> out = new ArrayList<>();
    Entry current = null;
    Map<String, String> nested = null;
    int n = 0;
    for (String raw : text.lines().toList()) {
      n++;
      String line = raw.stripTrailing();
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      String body = line.strip();
      if (indent == 0) {
        if (!body.endsWith(":")) {
          throw new LockfileSyntaxException(n, "expected an entry header ending in ':' but found: " + excerpt(body));
        }
        current = new Entry(descriptors(body.substring(0, body.length() - 1)), new LinkedHashMap<>(),
            new LinkedHashMap<>(), n);
        out.add(current);
        nested = null;
      } else if (current == null) {
        throw new LockfileSyntaxException(n, "indented line before the first entry: " + excerpt(body));
      } else if (indent == 2) {
        String[] kv = field(body, n);
        if (kv[1] == null) {
          nested = new LinkedHashMap<>();
          current.maps().put(kv[0], nested);
        } else {
          current.fields().put(kv[0], kv[1]);
          nested = null;
        }
      } else if (indent == 4 && nested != null) {
        String[] kv = field(body, n);
        nested.put(kv[0], kv[1] == null ? "" : kv[1]);
      }
    }
    return out;
  }

  /**
   * A {@code key: value} (Berry) or {@code key value} (classic) line, scanned by hand in one pass:
   * the regular expressions this replaces backtracked quadratically on a crafted line (many blanks
   * before a character that {@code .} does not match), pinning a core for minutes.
   */
  static String[] field(String body, int line) throws LockfileSyntaxException {
    int keyEnd = keyEnd(body);
    if (keyEnd > 0 && keyEnd < body.length() && body.charAt(keyEnd) == ':'
        && (keyEnd + 1 == body.length() || Character.isWhitespace(body.charAt(keyEnd + 1)))) {
      String rest = body.substring(keyEnd + 1);
      String value = rest.isBlank() ? null : unquote(rest);
      return new String[] {unquote(body.substring(0, keyEnd)), value};
    }
    int classicEnd = body.startsWith("\"") ? keyEnd : firstWhitespace(body);
    if (classicEnd > 0 && classicEnd < body.length() && Character.isWhitespace(body.charAt(classicEnd))) {
      return new String[] {unquote(body.substring(0, classicEnd)), unquote(body.substring(classicEnd))};
    }
    if (body.endsWith(":")) {
      return new String[] {unquote(body.substring(0, body.length() - 1)), null};
    }
    throw new LockfileSyntaxException(line, "expected 'key value' or 'key: value' but found: " + excerpt(body));
  }

  /** End of a quoted key (after its closing quote) or of a run without blanks, colons and quotes; -1 if none. */
  private static int keyEnd(String body) {
    if (body.startsWith("\"")) {
      int close = body.indexOf('"', 1);
      return close < 0 ? -1 : close + 1;
    }
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c) || c == ':' || c == '"') {
        break;
      }
      i++;
    }
    return i == 0 ? -1 : i;
  }

  private static int firstWhitespace(String body) {
    for (int i = 0; i < body.length(); i++) {
      if (Character.isWhitespace(body.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  static List<String> descriptors(String key) {
    List<String> out = new ArrayList<>();
    for (String part : key.split(",")) {
      String d = unquote(part.strip());
      if (!d.isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  private static String excerpt(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}

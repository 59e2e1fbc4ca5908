package nl.autonomy.core.detect.npm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.support.LockfileSyntaxException;

/**
 * Reads yarn.lock line by line, both formats: classic v1 ({@code key "value"}) and Berry's YAML
 * subset ({@code key: value}). Both are entries at column 0 whose key lists the descriptors they
 * satisfy, fields at two spaces, and dependency maps at four.
 */
final class YarnLockParser {

  private static final Pattern BERRY_FIELD = Pattern.compile("^(\"[^\"]*\"|[^\\s:\"]+):(?:\\s+(.*))?$");
  private static final Pattern CLASSIC_FIELD = Pattern.compile("^(\"[^\"]*\"|\\S+)\\s+(.*)$");

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

  private static String[] field(String body, int line) throws LockfileSyntaxException {
    Matcher b = BERRY_FIELD.matcher(body);
    if (b.matches()) {
      String value = b.group(2) == null || b.group(2).isBlank() ? null : unquote(b.group(2));
      return new String[] {unquote(b.group(1)), value};
    }
    Matcher c = CLASSIC_FIELD.matcher(body);
    if (c.matches()) {
      return new String[] {unquote(c.group(1)), unquote(c.group(2))};
    }
    if (body.endsWith(":")) {
      return new String[] {unquote(body.substring(0, body.length() - 1)), null};
    }
    throw new LockfileSyntaxException(line, "expected 'key value' or 'key: value' but found: " + excerpt(body));
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

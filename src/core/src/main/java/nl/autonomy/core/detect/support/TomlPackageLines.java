package nl.autonomy.core.detect.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of the {@code [[package]]} tables of a Python lockfile (poetry.lock, uv.lock, pdm.lock):
 * Jackson's TOML reader keeps no locations, so the headers are found in the text, keyed by the
 * table's {@code name} and {@code version}.
 */
public final class TomlPackageLines {

  private static final Pattern KEY = Pattern.compile("^\\s*(name|version)\\s*=\\s*\"([^\"]*)\"");

  private final Map<String, Integer> lines;
  /** The line of every {@code [[package]]} header, in the order of the array they build. */
  private final List<Integer> headers;

  private TomlPackageLines(Map<String, Integer> lines, List<Integer> headers) {
    this.lines = lines;
    this.headers = headers;
  }

  public static TomlPackageLines of(String text) {
    Map<String, Integer> found = new HashMap<>();
    List<Integer> headers = new ArrayList<>();
    int header = 0;
    String name = null;
    String version = null;
    int n = 0;
    for (String line : text.lines().toList()) {
      n++;
      String t = line.strip();
      if (t.startsWith("[")) {
        remember(found, header, name, version);
        header = t.equals("[[package]]") ? n : 0;
        if (header > 0) {
          headers.add(n);
        }
        name = null;
        version = null;
        continue;
      }
      Matcher m = KEY.matcher(line);
      if (header > 0 && m.find()) {
        if (m.group(1).equals("name") && name == null) {
          name = m.group(2);
        } else if (m.group(1).equals("version") && version == null) {
          version = m.group(2);
        }
      }
    }
    remember(found, header, name, version);
    return new TomlPackageLines(found, List.copyOf(headers));
  }

  private static void remember(Map<String, Integer> found, int header, String name, String version) {
    if (header > 0 && name != null) {
      found.putIfAbsent(key(name, version), header);
      found.putIfAbsent(key(name, null), header);
    }
  }

  /** The line of the {@code [[package]]} header of that package, 0 when not found. */
  public int lineOf(String name, String version) {
    Integer exact = lines.get(key(name, version));
    return exact != null ? exact : lines.getOrDefault(key(name, null), 0);
  }

  /**
   * The header line of the {@code index}-th (0-based) element of a {@code package} array of
   * {@code size} elements: each {@code [[package]]} header adds one element, so the order is the
   * same — unless some headers were not found as written (spaces inside the brackets, a comment),
   * and then 0 rather than another package's line.
   */
  public int headerOf(int index, int size) {
    return headers.size() == size && index >= 0 && index < size ? headers.get(index) : 0;
  }

  private static String key(String name, String version) {
    return PurlFactory.pypiName(name) + "\u0000" + (version == null ? "" : version);
  }
}

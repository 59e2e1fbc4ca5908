package nl.autonomy.core.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Globs as policies write them: {@code *} any run of characters, {@code ?} one; case ignored. */
final class Glob {

  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Glob() {
  }

  static Pattern compile(String glob) {
    return CACHE.computeIfAbsent(glob, Glob::translate);
  }

  static boolean matches(String glob, String value) {
    return value != null && compile(glob).matcher(value).matches();
  }

  private static Pattern translate(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        if (!literal.isEmpty()) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty()) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }
}

package nl.autonomy.core.detect.signals.endpoints;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hosts and URLs as written in configuration and code. */
final class Urls {

  private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/\\s'\"`;,)<>\\]]+)([^\\s'\"`;,)<>]*)");

  private Urls() {
  }

  /** A character of a host name, or of a template standing for part of one ({@code ${account}}). */
  static boolean hostChar(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '$' || c == '{'
        || c == '}' || c == '%' || c == '*');
  }

  /**
   * A URL found in a line.
   *
   * @param scheme {@code https}, {@code jdbc:sqlserver} is not one (it has no {@code //})
   * @param authority host with port and user info as written
   * @param path everything after the authority up to white space or a delimiter
   */
  record Url(String scheme, String authority, String path, int start) {
    String host() {
      String h = authority.substring(authority.lastIndexOf('@') + 1);
      int colon = h.lastIndexOf(':');
      if (colon > 0 && h.indexOf(']') < colon) {
        h = h.substring(0, colon);
      }
      return h.toLowerCase(Locale.ROOT);
    }

    String origin() {
      return scheme.toLowerCase(Locale.ROOT) + "://" + authority.substring(authority.lastIndexOf('@') + 1);
    }
  }

  /** The first URL starting at or after {@code from}. */
  static Optional<Url> firstFrom(String line, int from) {
    Matcher m = URL.matcher(line);
    if (m.find(from)) {
      String authority = balanced(m.group(2));
      String path = authority.length() < m.group(2).length() ? "" : balanced(m.group(3));
      return Optional.of(new Url(m.group(1), authority, path, m.start()));
    }
    return Optional.empty();
  }

  /**
   * Without the closing braces that end an enclosing placeholder rather than the URL: Spring's
   * {@code ${storage.url:https://x.blob.core.windows.net}} gives {@code https://x.blob.core.windows.net},
   * while a template inside the URL ({@code https://{account}.blob...}) keeps its own braces.
   */
  static String balanced(String text) {
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        open++;
      } else if (c == '}') {
        if (open == 0) {
          return text.substring(0, i);
        }
        open--;
      }
    }
    return text;
  }

  /** The path that follows a host ending at {@code end} when the host is the authority of a URL. */
  static String pathAfter(String line, int hostStart, int end) {
    if (hostStart < 3 || !line.startsWith("://", hostStart - 3)) {
      return "";
    }
    int i = end;
    while (i < line.length() && line.charAt(i) == ':' || i < line.length() && Character.isDigit(line.charAt(i))) {
      i++;
    }
    int stop = i;
    while (stop < line.length() && "\"'` \t;,)<>".indexOf(line.charAt(stop)) < 0) {
      stop++;
    }
    return balanced(line.substring(i, stop));
  }
}

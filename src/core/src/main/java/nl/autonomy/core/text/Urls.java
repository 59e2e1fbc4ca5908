package nl.autonomy.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials must never reach a report (reports go to suppliers and into pull-request comments)
 * nor the console. A URL anywhere in a text loses its user info ({@code HTTPS://user:token@host},
 * {@code ssh://user:password@host}, {@code https://ghp_token@host}) whatever its scheme or case,
 * and secret-looking query parameters ({@code ?private_token=}, {@code &sig=}, {@code X-Amz-Signature})
 * keep their name but not their value. The patterns have no nested repetition: linear time.
 */
public final class Urls {

  /** What a removed secret is replaced with. */
  public static final String REDACTED = "REDACTED";

  /** A URL with a scheme, up to the first character that cannot be part of one in running text. */
  private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,31}://[^\\s\"'<>`]*");
  /** {@code scheme://userinfo@}: everything before the last {@code @} of the authority. */
  private static final Pattern USERINFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");
  private static final Pattern PARAM = Pattern.compile("([?&;])([^=&#;]{1,64})=([^&#;]*)");

  /** Query parameter names (lower case) whose values are secrets. */
  private static final Set<String> SECRET_PARAMS = Set.of(
      "token", "private_token", "access_token", "refresh_token", "id_token", "auth", "auth_token", "authorization",
      "password", "passwd", "pwd", "pass", "secret", "client_secret", "api_key", "apikey", "api-key", "key",
      "sig", "signature", "code", "session", "sessionid", "jwt", "credential", "credentials",
      "x-amz-signature", "x-amz-credential", "x-amz-security-token", "x-goog-signature", "x-goog-credential",
      "awsaccesskeyid", "security-token");

  private Urls() {
  }

  /** {@code text} with every URL in it stripped of credentials; null stays null. */
  public static String redact(String text) {
    if (text == null || text.indexOf("://") < 0) {
      return text;
    }
    Matcher m = URL.matcher(text);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      String url = m.group();
      String clean = redactUrl(url);
      if (!clean.equals(url)) {
        if (sb == null) {
          sb = new StringBuilder(text.length());
        }
        sb.append(text, last, m.start()).append(clean);
        last = m.end();
      }
    }
    if (sb == null) {
      return text;
    }
    return sb.append(text, last, text.length()).toString();
  }

  private static String redactUrl(String url) {
    String out = USERINFO.matcher(url).replaceFirst("$1");
    if (out.indexOf('?') < 0 && out.indexOf(';') < 0) {
      return out;
    }
    Matcher p = PARAM.matcher(out);
    StringBuilder sb = new StringBuilder(out.length());
    while (p.find()) {
      String name = p.group(2);
      boolean secret = SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT)) && !p.group(3).isEmpty();
      p.appendReplacement(sb, Matcher.quoteReplacement(secret ? p.group(1) + name + "=" + REDACTED : p.group()));
    }
    p.appendTail(sb);
    return sb.toString();
  }
}

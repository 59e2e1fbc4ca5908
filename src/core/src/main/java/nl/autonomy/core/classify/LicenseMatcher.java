package nl.autonomy.core.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.util.LicenseResolver;

/**
 * Matches what POMs and manifests write about a license (an SPDX id or expression, a name, a URL,
 * or a name with a URL) to SPDX, from one source: the {@link SpdxLicenseList} (ids, names, reference
 * URLs, CycloneDX's common names), plus the curated aliases a catalog adds. Names and URLs are
 * compared in a normal form, so the many ways of writing one license meet: {@code http}/{@code
 * https}, {@code www.}, {@code old-licenses/}, {@code .txt}/{@code .html}, trailing slashes, "The",
 * "Version", "v", "Licence", "2" for "2.0" ("The Apache Software License, Version 2.0" and "Apache
 * 2" are the same key). GNU licenses are read by family, version and "or later", from the name and,
 * when the name gives no version, from the URL ({@code gnu.org/licenses/lgpl-2.1.html}); without a
 * version anywhere they stay unknown rather than guessed. A key two licenses share is ambiguous and
 * matches neither. Thread-safe; results are cached per text.
 */
public final class LicenseMatcher {

  /** SPDX's way of saying "nothing known": not a license. */
  private static final Set<String> NO_LICENSE = Set.of("NOASSERTION", "NONE", "UNKNOWN", "UNLICENSED", "SEE LICENSE IN LICENSE");
  private static final String AMBIGUOUS = "";
  private static final LicenseMatcher SHIPPED = new LicenseMatcher(SpdxLicenseList.shipped(), Map.of());

  private static final Pattern URL = Pattern.compile("^(https?://|www\\.)\\S+$|^[a-z0-9.-]+\\.(org|com|net|io|dev)/\\S*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPRESSION_OPERATOR = Pattern.compile("\\s(OR|AND|WITH)\\s");
  private static final Pattern GNU_LATER = Pattern.compile(
      "or (any )?later|or-later|and later|or newer|any later|later version|\\d\\+(?!\\s*ce\\b)");
  private static final Pattern GNU_NAME_VERSION = Pattern.compile(
      "(?:gpl|fdl|version|\\bv|\\s|-|\\()\\s*v?([123](?:\\.[0123])?)(?![0-9])");
  private static final Pattern GNU_URL_VERSION = Pattern.compile("(?:a|l)?gpl-?v?([123](?:\\.[0123])?)(?![0-9])|fdl-([1]\\.[123])");

  private final SpdxLicenseList list;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> urls = new HashMap<>();
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  /**
   * @param list the SPDX license list
   * @param aliases curated names and URLs (a catalog's {@code aliases}) to SPDX ids: they win over
   *     the list's own names
   */
  public LicenseMatcher(SpdxLicenseList list, Map<String, String> aliases) {
    this.list = list;
    for (SpdxLicenseList.Entry e : list.entries()) {
      if (!e.deprecated()) {
        index(names, nameKey(e.name()), e.id(), false);
        index(names, nameKey(e.id()), e.id(), false);
        e.urls().forEach(u -> index(urls, urlKey(u), e.id(), false));
        index(urls, "opensource.org/licenses/" + e.id().toLowerCase(Locale.ROOT), e.id(), false);
        index(urls, "opensource.org/license/" + e.id().toLowerCase(Locale.ROOT), e.id(), false);
      }
    }
    // CycloneDX's common names: where two share a normal form, the first in its table wins; the
    // SPDX list's own names come first
    list.mappedNames().forEach((name, exp) -> names.putIfAbsent(nameKey(name), exp));
    aliases.forEach((alias, id) -> {
      if (looksLikeUrl(alias)) {
        urls.put(urlKey(alias), id);
      } else {
        names.put(nameKey(alias), id);
      }
    });
  }

  /** The matcher over the shipped SPDX list alone (no catalog). */
  public static LicenseMatcher shipped() {
    return SHIPPED;
  }

  public SpdxLicenseList list() {
    return list;
  }

  /** The SPDX expression for a declared license: its name, helped by its URL, else its URL. */
  public Optional<String> match(String name, String url) {
    String n = blankToNull(name);
    String u = blankToNull(url);
    if (n != null) {
      Optional<String> byName = cache.computeIfAbsent(n + "\u0000" + (u == null ? "" : u), k -> name(n, u));
      if (byName.isPresent()) {
        return byName;
      }
    }
    return u == null ? Optional.empty() : cache.computeIfAbsent("\u0000" + u, k -> text(u, null));
  }

  /** The SPDX expression one text stands for: an id, an expression, a name or a URL. */
  public Optional<String> match(String text) {
    return match(text, null);
  }

  private Optional<String> name(String name, String url) {
    return text(name, url);
  }

  private Optional<String> text(String raw, String urlHint) {
    String t = raw.strip();
    if (NO_LICENSE.contains(t.toUpperCase(Locale.ROOT)) || t.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> id = id(t);
    if (id.isPresent()) {
      return id;
    }
    if (EXPRESSION_OPERATOR.matcher(t).find()) {
      Optional<String> expression = expression(t);
      if (expression.isPresent()) {
        return expression;
      }
    }
    if (looksLikeUrl(t)) {
      String key = urlKey(t);
      String hit = urls.get(key);
      if (hit != null && !hit.equals(AMBIGUOUS)) {
        return Optional.of(hit);
      }
      return gnu(null, t).or(() -> lastSegmentId(key)).or(() -> viaCycloneDx(t));
    }
    String alias = names.get(nameKey(t));
    Optional<String> gnu = gnu(t, urlHint);
    if (gnu.isPresent() && (alias == null || alias.equals(AMBIGUOUS) || !sameFamily(alias, gnu.get()))) {
      // the name says GNU; its version and "or later" decide, not a near-miss in the name table
      return gnu;
    }
    if (alias != null && !alias.equals(AMBIGUOUS)) {
      return Optional.of(alias);
    }
    return gnu.or(() -> viaCycloneDx(t));
  }

  /** An SPDX id in any case; a deprecated GNU id ({@code GPL-2.0}, {@code LGPL-2.1+}) in today's form. */
  private Optional<String> id(String t) {
    boolean plus = t.endsWith("+") && t.length() > 1;
    String bare = plus ? t.substring(0, t.length() - 1) : t;
    Optional<String> canonical = list.canonical(bare);
    if (canonical.isEmpty()) {
      return t.startsWith("LicenseRef-") && !t.contains(" ") ? Optional.of(t) : Optional.empty();
    }
    String id = canonical.get();
    if (id.matches("(A|L)?GPL-\\d\\.\\d|GFDL-1\\.[123]")) {
      return Optional.of(id + (plus ? "-or-later" : "-only"));
    }
    return Optional.of(plus ? id + "+" : id);
  }

  /** {@code repository.jboss.org/licenses/cc0-1.0.txt}: a file named after an SPDX id (a version in it). */
  private Optional<String> lastSegmentId(String urlKey) {
    String last = urlKey.substring(urlKey.lastIndexOf('/') + 1);
    return last.matches(".*[a-z].*\\d.*") ? id(last) : Optional.empty();
  }

  /** {@code MIT OR Apache-2.0}: every id must be one, each written canonically. */
  private Optional<String> expression(String t) {
    String spaced = t.replace("(", " ( ").replace(")", " ) ").strip();
    StringBuilder out = new StringBuilder();
    boolean exception = false;
    for (String token : spaced.split("\\s+")) {
      String piece;
      if (token.equals("(") || token.equals(")")) {
        piece = token;
      } else if (token.equalsIgnoreCase("OR") || token.equalsIgnoreCase("AND") || token.equalsIgnoreCase("WITH")) {
        piece = token.toUpperCase(Locale.ROOT);
        exception = piece.equals("WITH");
      } else if (exception) {
        piece = token;
        exception = false;
      } else {
        Optional<String> id = id(token);
        if (id.isEmpty()) {
          return Optional.empty();
        }
        piece = id.get();
      }
      out.append(out.length() == 0 || piece.equals(")") || out.charAt(out.length() - 1) == '(' ? "" : " ")
          .append(piece);
    }
    return Optional.of(out.toString());
  }

  /**
   * GNU licenses by family, version and "or later". The version comes from the name, else from
   * the URL; with none, there is no answer (a GPL without a version could be 2 or 3).
   */
  static Optional<String> gnu(String name, String url) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT).replace("licence", "license");
    String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
    String family = family(n);
    boolean fromUrl = false;
    if (family == null) {
      if (!n.isEmpty() || !u.contains("gnu.org/")) {
        return Optional.empty();
      }
      family = familyOfUrl(u);
      fromUrl = true;
      if (family == null) {
        return Optional.empty();
      }
    }
    String version = null;
    if (!fromUrl) {
      Matcher m = GNU_NAME_VERSION.matcher(n);
      if (m.find()) {
        version = m.group(1);
      }
    }
    if (u.contains("gnu.org/") && family.equals(familyOfUrl(u))) {
      Matcher m = GNU_URL_VERSION.matcher(u);
      if (m.find()) {
        String inUrl = m.group(1) != null ? m.group(1) : m.group(2);
        // the URL gives the version when the name does not, or a more exact one ("LGPL 2" + lgpl-2.1)
        if (version == null || inUrl.startsWith(version + ".")) {
          version = inUrl;
        }
      }
    }
    if (version == null) {
      return Optional.empty();
    }
    if (!version.contains(".")) {
      version = version + ".0";
    }
    boolean later = GNU_LATER.matcher(n).find() || u.contains("or-later");
    String id = family + "-" + version + (later ? "-or-later" : "-only");
    if (SpdxLicenseList.shipped().canonical(id).isEmpty()) {
      return Optional.empty();
    }
    boolean classpath = n.contains("classpath") || n.matches(".*\\bcpe\\b.*") || n.contains("class path")
        || n.matches(".*\\+\\s*ce\\b.*");
    if (classpath && family.equals("GPL")) {
      id = id + " WITH Classpath-exception-2.0";
      if (n.contains("cddl") || n.contains("common development and distribution")) {
        String cddl = n.contains("1.1") || u.contains("1_1") || u.contains("1.1") ? "CDDL-1.1" : "CDDL-1.0";
        id = cddl + " OR " + id;
      }
    }
    return Optional.of(id);
  }

  private static String family(String n) {
    if (n.matches(".*\\b(agpl|affero).*")) {
      return "AGPL";
    }
    if (n.matches(".*\\b(lgpl|lesser general public|library general public|lesser gpl|library gpl|gnu lesser|gnu library).*")) {
      return "LGPL";
    }
    if (n.matches(".*\\b(gfdl|free documentation).*")) {
      return "GFDL";
    }
    if (n.matches(".*(\\bgpl|gnu general public|gnu public license|\\bgnu gpl).*")) {
      return "GPL";
    }
    return null;
  }

  private static String familyOfUrl(String u) {
    Matcher m = Pattern.compile("gnu\\.org/(?:licenses|copyleft)/(?:old-licenses/)?(agpl|lgpl|gpl|fdl)").matcher(u);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1)) {
      case "agpl" -> "AGPL";
      case "lgpl" -> "LGPL";
      case "fdl" -> "GFDL";
      default -> "GPL";
    };
  }

  /** A curated name for the same GNU family (also inside an expression: CDDL or GPL with CPE) wins. */
  private static boolean sameFamily(String alias, String gnu) {
    return alias.contains(gnu.replaceFirst("-.*", ""));
  }

  /** CycloneDX's resolver as a last resort: it knows a few spellings the list's names do not. */
  private static Optional<String> viaCycloneDx(String text) {
    try {
      LicenseChoice choice = LicenseResolver.resolve(text, false);
      if (choice == null) {
        return Optional.empty();
      }
      if (choice.getExpression() != null) {
        return Optional.ofNullable(choice.getExpression().getValue());
      }
      return choice.getLicenses() == null ? Optional.empty() : choice.getLicenses().stream()
          .map(org.cyclonedx.model.License::getId).filter(java.util.Objects::nonNull).findFirst();
    } catch (RuntimeException e) {
      // the resolver throws on odd input (an unparsable URL): unresolved is the answer
      return Optional.empty();
    }
  }

  private static void index(Map<String, String> index, String key, String id, boolean override) {
    if (key.isEmpty()) {
      return;
    }
    String old = index.get(key);
    index.put(key, override || old == null || old.equals(id) ? id : AMBIGUOUS);
  }

  static boolean looksLikeUrl(String text) {
    return URL.matcher(text.strip()).matches();
  }

  /** The normal form of a license name: "The Apache Software License, Version 2.0" is "apache 2". */
  static String nameKey(String name) {
    String s = " " + name.toLowerCase(Locale.ROOT).replace("licence", "license").replace("&", " and ") + " ";
    s = s.replaceAll("[\"'(),;:_/*\\[\\]!]", " ").replace('-', ' ');
    s = s.replaceAll("\\bv(?:ersion)?\\.?\\s*(?=\\d)", " ");
    s = s.replaceAll("\\b(the|version|license|licensed|software|agreement)\\b", " ");
    s = s.replaceAll("(\\d)\\.0(?=\\D|$)", "$1").replaceAll("(\\d)\\.0(?=\\D|$)", "$1");
    s = s.replaceAll("\\.(?=\\s|$)", " ");
    StringBuilder out = new StringBuilder();
    String last = null;
    for (String token : s.strip().split("\\s+")) {
      if (!token.isEmpty() && !token.equals(last)) {
        out.append(out.length() == 0 ? "" : " ").append(token);
      }
      last = token;
    }
    return out.toString();
  }

  /** The normal form of a license URL: no scheme, {@code www.}, {@code old-licenses/}, extension or slash. */
  static String urlKey(String url) {
    String s = url.strip().toLowerCase(Locale.ROOT);
    s = s.replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "");
    s = s.replaceFirst("[?#].*$", "");
    s = s.replaceAll("/+$", "");
    s = s.replaceFirst("\\.(txt|html?|php|md|json|xml)$", "");
    s = s.replaceFirst("/legalcode(\\.[a-z]+)?$", "");
    s = s.replace("/licenses/old-licenses/", "/licenses/").replace("/old-licenses/", "/licenses/");
    return s.replaceAll("/+$", "");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Names and URLs of a catalog's entries, keyed for {@link #LicenseMatcher(SpdxLicenseList, Map)}. */
  public static Map<String, String> aliasesOf(List<nl.autonomy.core.catalog.LicenseEntry> entries) {
    Map<String, String> out = new HashMap<>();
    for (nl.autonomy.core.catalog.LicenseEntry l : entries) {
      out.put(l.id(), l.id());
      l.aliases().forEach(a -> out.put(a, l.id()));
    }
    return out;
  }
}

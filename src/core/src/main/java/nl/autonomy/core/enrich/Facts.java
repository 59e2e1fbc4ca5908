package nl.autonomy.core.enrich;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;

/** Shared reading of what registries write: license texts and people. */
final class Facts {

  /**
   * Hosts that serve everyone's code or packages: a supplier URL on one of them names the host,
   * not the supplier (an author URL of {@code github.com/someone} must not make GitHub the vendor).
   */
  private static final Set<String> SHARED_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org",
      "npmjs.com", "npmjs.org", "www.npmjs.com", "pypi.org", "nuget.org", "www.nuget.org", "crates.io",
      "rubygems.org", "packagist.org", "sourceforge.net", "codeberg.org", "gitee.com", "twitter.com", "x.com",
      "linkedin.com", "www.linkedin.com", "medium.com", "gist.github.com", "opencollective.com", "patreon.com");
  /** {@code Name <email> (url)}, the way npm writes a person in one string. */
  private static final Pattern PERSON = Pattern.compile("^\\s*([^<(]*?)\\s*(?:<([^>]*)>)?\\s*(?:\\(([^)]*)\\))?\\s*$");
  /** What registries write when they know no license. */
  private static final Set<String> NO_LICENSE = Set.of("", "unknown", "none", "noassertion", "n/a", "license",
      "see license", "see license file", "other");

  private Facts() {
  }

  /** A license as a registry wrote it, or null for "nothing said". */
  static DeclaredLicense license(String text) {
    if (text == null || NO_LICENSE.contains(text.strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    String t = text.strip();
    if (t.startsWith("http://") || t.startsWith("https://")) {
      return new DeclaredLicense(null, null, t);
    }
    return new DeclaredLicense(null, t, null);
  }

  /** A supplier from a name and a web site; the site is dropped when it is a shared code host. */
  static Organization supplier(String name, String url) {
    String n = name == null || name.isBlank() ? null : name.strip();
    String u = ownSite(url);
    if (n == null && u == null) {
      return null;
    }
    return new Organization(n, u);
  }

  /** A person written as {@code Name <email> (url)}. */
  static Organization person(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = PERSON.matcher(text);
    if (!m.matches()) {
      return supplier(text, null);
    }
    return supplier(m.group(1), m.group(3));
  }

  static String ownSite(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(url.strip().contains("://") ? url.strip() : "https://" + url.strip());
      String host = uri.getHost();
      if (host == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        return null;
      }
      String h = host.toLowerCase(Locale.ROOT);
      return SHARED_HOSTS.contains(h) || SHARED_HOSTS.contains(h.replaceFirst("^www\\.", "")) ? null : url.strip();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

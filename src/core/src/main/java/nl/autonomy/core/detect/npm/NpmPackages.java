package nl.autonomy.core.detect.npm;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;

/**
 * Builds npm components the same way for every lockfile format: canonical purl (git sources get a
 * {@code vcs_url} qualifier), Subresource-Integrity hash as hex, declared license, alias.
 */
final class NpmPackages {

  static final String ALIAS = "npm.alias";
  static final String RESOLVED = "npm.resolved";

  private NpmPackages() {
  }

  /** One installed package as a lockfile describes it. */
  record Installed(String name, String version, String resolved, String integrity, List<String> licenses,
      String alias) {

    Installed {
      licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    boolean fromGit() {
      return isGit(resolved);
    }

    String ref() {
      return fromGit() ? PurlFactory.npm(name, version, Map.of("vcs_url", vcsUrl(resolved)))
          : PurlFactory.npm(name, version);
    }
  }

  static Component.Builder builder(String detector, String file, int line, Installed p, String excerpt) {
    PurlFactory.NpmName n = PurlFactory.NpmName.parse(p.name());
    String ref = p.ref();
    Component.Builder b = Component.builder(ref, Ecosystem.NPM, n.name())
        .purl(ref)
        .group(n.scope() == null ? null : "@" + n.scope())
        .version(p.version())
        .evidence(Evidences.lockfile(detector, file, line, excerpt));
    p.licenses().forEach(l -> b.declaredLicense(license(l)));
    hash(p.integrity(), b);
    b.property(ALIAS, p.alias());
    if (p.resolved() != null && (p.fromGit() || p.resolved().startsWith("file:"))) {
      b.property(RESOLVED, p.resolved());
    }
    return b;
  }

  static DeclaredLicense license(String declared) {
    String s = declared.strip();
    boolean expression = s.matches("[A-Za-z0-9.+\\-() ]+") && !s.contains("  ");
    return expression ? DeclaredLicense.spdx(s) : new DeclaredLicense(null, s, null);
  }

  /** Git shorthands ({@code github:user/repo#ref}, {@code user/repo#ref}) as the URL they stand for. */
  static String vcsUrl(String spec) {
    String s = spec.startsWith("github:") ? spec.substring(7) : spec;
    if (s.matches("^[\\w.-]+/[\\w.-]+(#.*)?$")) {
      int hash = s.indexOf('#');
      String repo = hash < 0 ? s : s.substring(0, hash);
      return "git+https://github.com/" + repo + ".git" + (hash < 0 ? "" : s.substring(hash));
    }
    return spec;
  }

  static boolean isGit(String resolved) {
    if (resolved == null) {
      return false;
    }
    String r = resolved.toLowerCase(Locale.ROOT);
    return r.startsWith("git+") || r.startsWith("git://") || r.startsWith("github:") || r.startsWith("gitlab:")
        || r.startsWith("bitbucket:") || (r.startsWith("https://") && r.contains(".git#"));
  }

  /** Subresource Integrity ({@code sha512-BASE64}, several separated by spaces) to CycloneDX hashes. */
  static void hash(String integrity, Component.Builder b) {
    if (integrity == null) {
      return;
    }
    for (String part : integrity.strip().split("\\s+")) {
      int dash = part.indexOf('-');
      if (dash <= 0) {
        continue;
      }
      String alg = switch (part.substring(0, dash).toLowerCase(Locale.ROOT)) {
        case "sha512" -> "SHA-512";
        case "sha384" -> "SHA-384";
        case "sha256" -> "SHA-256";
        case "sha1" -> "SHA-1";
        default -> null;
      };
      try {
        if (alg != null) {
          b.hash(alg, HexFormat.of().formatHex(Base64.getDecoder().decode(part.substring(dash + 1))));
        }
      } catch (IllegalArgumentException notBase64) {
        // a damaged integrity value is no hash; the component stays without it
      }
    }
  }
}

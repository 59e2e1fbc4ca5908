package nl.autonomy.core.classify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;

/**
 * Derives a vendor id from a component's namespace when no catalog entry names it: a reverse-DNS
 * Maven groupId ({@code org.example.foo} -> {@code example.org}), a code host path
 * ({@code com.github.owner}, {@code github.com/owner/repo} -> {@code github.com/owner}), an npm
 * scope ({@code @scope}), or a NuGet id's first segment. The id names the owner of a namespace, not
 * a legal entity; reports mark it {@code namespace}.
 */
final class NamespaceVendors {

  /** Top-level domains a reverse-DNS groupId starts with. */
  private static final Set<String> TLDS = Set.of("com", "org", "net", "io", "dev", "de", "nl", "fr", "eu", "be",
      "uk", "ch", "at", "it", "es", "se", "no", "dk", "fi", "pl", "cz", "ru", "cn", "jp", "us", "ca", "au", "info",
      "biz", "co", "me", "app", "tech", "cloud", "ai", "xyz", "edu", "gov", "int", "lu", "ie", "pt", "gr", "hu",
      "sk", "si", "ro", "bg", "hr", "lt", "lv", "ee", "is", "br", "in", "kr", "tw", "nz", "za", "one", "software",
      "pro", "tools", "works", "site", "online", "systems", "ws", "cc", "to", "eu.org");
  /** Code hosts whose second label is a user or organisation, not the owner of the whole domain. */
  private static final List<String> HOSTS = List.of("github.com", "gitlab.com", "bitbucket.org",
      "github.io", "gitlab.io", "sourceforge.net", "code.google.com", "googlecode.com", "codeberg.org", "gitee.com");

  private NamespaceVendors() {
  }

  static Optional<String> derive(Component c) {
    String group = c.group();
    return switch (c.ecosystem()) {
      case MAVEN -> group == null ? Optional.empty() : Optional.of(fromGroupId(group));
      case NPM -> group == null ? Optional.empty()
          : Optional.of(group.startsWith("@") ? group : "@" + group);
      case GOLANG -> fromModulePath(group == null ? c.name() : group + "/" + c.name());
      case NUGET -> c.name().contains(".")
          ? Optional.of(c.name().substring(0, c.name().indexOf('.')).toLowerCase(Locale.ROOT))
          : Optional.empty();
      case TERRAFORM, GITHUB, COMPOSER, DOCKER, OCI, HELM -> Optional.ofNullable(group)
          .filter(g -> !g.isBlank()).map(g -> g.toLowerCase(Locale.ROOT));
      default -> Optional.empty();
    };
  }

  static String fromGroupId(String groupId) {
    String[] labels = groupId.toLowerCase(Locale.ROOT).split("\\.");
    if (labels.length < 2 || !TLDS.contains(labels[0])) {
      return groupId.toLowerCase(Locale.ROOT);
    }
    String domain = labels[1] + "." + labels[0];
    if (labels.length >= 3 && domain.equals("google.com") && labels[2].equals("code")) {
      return labels.length >= 4 ? "code.google.com/" + labels[3] : "code.google.com";
    }
    if (domain.equals("java.net") && labels.length >= 4 && labels[2].equals("dev")) {
      // java.net hosted projects as net.java.dev.<project>
      return "java.net/" + labels[3];
    }
    if (HOSTS.contains(domain) && labels.length >= 3) {
      return host(domain) + "/" + labels[2];
    }
    return domain;
  }

  static Optional<String> fromModulePath(String path) {
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    String[] parts = path.split("/");
    String host = parts[0].toLowerCase(Locale.ROOT);
    if (HOSTS.contains(host) && parts.length >= 2) {
      return Optional.of(host + "/" + parts[1]);
    }
    if (host.equals("gopkg.in") && parts.length >= 2) {
      // gopkg.in/yaml.v3 is github.com/go-yaml/yaml, gopkg.in/owner/pkg.v1 is github.com/owner/pkg
      return Optional.of(parts.length == 2 ? "github.com/go-" + parts[1].replaceFirst("\\.v\\d+$", "")
          : "github.com/" + parts[1]);
    }
    String[] labels = host.split("\\.");
    if (labels.length < 2) {
      return Optional.of(host);
    }
    return Optional.of(labels[labels.length - 2] + "." + labels[labels.length - 1]);
  }

  private static String host(String reversedDomain) {
    return reversedDomain.equals("github.io") ? "github.com"
        : reversedDomain.equals("gitlab.io") ? "gitlab.com" : reversedDomain;
  }
}

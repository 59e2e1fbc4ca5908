package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Organization;

/**
 * The npm registry's document of one version ({@code /<name>/<version>}, the scope's slash
 * encoded as npm itself sends it): {@code license} (or the old {@code licenses} list) and
 * {@code author}.
 */
final class NpmRegistry implements RegistrySource {

  /** Registry versions only: no git, file, link or tarball references. */
  static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+].*)?");

  private final String base;

  NpmRegistry(RegistryEndpoints endpoints) {
    this.base = endpoints.base("npm");
  }

  @Override
  public String id() {
    return "npm";
  }

  @Override
  public boolean accepts(Component c) {
    return c.ecosystem() == Ecosystem.NPM && c.version() != null && SEMVER.matcher(c.version()).matches();
  }

  @Override
  public String key(Component c) {
    return packageName(c) + "@" + c.version();
  }

  @Override
  public String url(Component c) {
    return base + "/" + packageName(c).replace("/", "%2f") + "/" + c.version();
  }

  static String packageName(Component c) {
    if (c.group() == null || c.group().isBlank()) {
      return c.name();
    }
    return (c.group().startsWith("@") ? c.group() : "@" + c.group()) + "/" + c.name();
  }

  @Override
  public RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException {
    String url = url(c);
    Optional<JsonNode> answer = http.json(url);
    if (answer.isEmpty()) {
      return RegistryFacts.absent();
    }
    JsonNode doc = answer.get();
    List<DeclaredLicense> licenses = new ArrayList<>();
    addLicense(licenses, doc.get("license"));
    if (licenses.isEmpty() && doc.path("licenses").isArray()) {
      doc.path("licenses").forEach(l -> addLicense(licenses, l));
    }
    JsonNode author = doc.get("author");
    Organization supplier = null;
    if (author != null && author.isTextual()) {
      supplier = Facts.person(author.asText());
    } else if (author != null && author.isObject()) {
      supplier = Facts.supplier(RegistryFacts.text(author, "name"), RegistryFacts.text(author, "url"));
    }
    return RegistryFacts.of(licenses, url, supplier, url);
  }

  private static void addLicense(List<DeclaredLicense> out, JsonNode l) {
    if (l == null) {
      return;
    }
    DeclaredLicense d = l.isTextual() ? Facts.license(l.asText())
        : l.isObject() ? (RegistryFacts.text(l, "type") != null ? Facts.license(RegistryFacts.text(l, "type"))
            : Facts.license(RegistryFacts.text(l, "url"))) : null;
    if (d != null) {
      out.add(d);
    }
  }
}

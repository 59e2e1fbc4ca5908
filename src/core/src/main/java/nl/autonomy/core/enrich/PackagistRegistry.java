package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;

/**
 * Packagist's metadata of one package ({@code /p2/<vendor>/<name>.json}, Composer 2's format):
 * the entry of the version gives {@code license} (SPDX ids, a choice when several) and the first
 * of {@code authors}. The file is "minified": each version lists only what changed from the one
 * before, and {@code "__unset"} removes a field; it is expanded the way Composer does.
 */
final class PackagistRegistry implements RegistrySource {

  private final String base;

  PackagistRegistry(RegistryEndpoints endpoints) {
    this.base = endpoints.base("packagist");
  }

  @Override
  public String id() {
    return "packagist";
  }

  @Override
  public boolean accepts(Component c) {
    return c.ecosystem() == Ecosystem.COMPOSER && c.group() != null && c.version() != null
        && !c.version().startsWith("dev-");
  }

  @Override
  public String key(Component c) {
    return packageName(c) + "@" + c.version();
  }

  private static String packageName(Component c) {
    return (c.group() + "/" + c.name()).toLowerCase(Locale.ROOT);
  }

  @Override
  public String url(Component c) {
    return base + "/p2/" + packageName(c) + ".json";
  }

  @Override
  public RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException {
    String url = url(c);
    Optional<JsonNode> answer = http.json(url);
    if (answer.isEmpty()) {
      return RegistryFacts.absent();
    }
    String wanted = c.version().replaceFirst("^v", "");
    for (JsonNode v : expand(answer.get().path("packages").path(packageName(c)))) {
      String version = RegistryFacts.text(v, "version");
      if (version != null && version.replaceFirst("^v", "").equals(wanted)) {
        List<DeclaredLicense> licenses = new ArrayList<>();
        for (JsonNode l : v.path("license")) {
          DeclaredLicense d = Facts.license(l.asText());
          if (d != null) {
            licenses.add(d);
          }
        }
        JsonNode author = v.path("authors").path(0);
        return RegistryFacts.of(licenses, url,
            Facts.supplier(RegistryFacts.text(author, "name"), RegistryFacts.text(author, "homepage")), url);
      }
    }
    return RegistryFacts.absent();
  }

  /** Composer's MetadataMinifier::expand. */
  static List<JsonNode> expand(JsonNode versions) {
    List<JsonNode> out = new ArrayList<>();
    ObjectNode current = null;
    for (JsonNode v : versions) {
      ObjectNode next = current == null ? RegistryHttp.JSON.createObjectNode() : current.deepCopy();
      v.fields().forEachRemaining(e -> {
        if (e.getValue().isTextual() && e.getValue().asText().equals("__unset")) {
          next.remove(e.getKey());
        } else {
          next.set(e.getKey(), e.getValue());
        }
      });
      out.add(next);
      current = next;
    }
    return out;
  }
}

package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;

/**
 * crates.io's API for one version ({@code /api/v1/crates/<name>/<version>}): {@code license}, an
 * SPDX expression (old crates write {@code MIT/Apache-2.0}, which Cargo reads as {@code OR}).
 * crates.io names no supplier: who published a version is an account, not a vendor.
 */
final class CratesRegistry implements RegistrySource {

  private final String base;

  CratesRegistry(RegistryEndpoints endpoints) {
    this.base = endpoints.base("crates");
  }

  @Override
  public String id() {
    return "crates";
  }

  @Override
  public boolean accepts(Component c) {
    return c.ecosystem() == Ecosystem.CARGO && c.version() != null && !c.version().isBlank();
  }

  @Override
  public boolean lacksFacts(Component c) {
    return c.declaredLicenses().isEmpty();
  }

  @Override
  public String key(Component c) {
    return c.name() + "@" + c.version();
  }

  @Override
  public String url(Component c) {
    return base + "/api/v1/crates/" + c.name() + "/" + c.version();
  }

  @Override
  public RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException {
    String url = url(c);
    Optional<JsonNode> answer = http.json(url);
    if (answer.isEmpty()) {
      return RegistryFacts.absent();
    }
    String license = RegistryFacts.text(answer.get().path("version"), "license");
    List<DeclaredLicense> licenses = license == null ? List.of()
        : List.of(new DeclaredLicense(license.replaceAll("\\s*/\\s*", " OR "), null, null));
    return RegistryFacts.of(licenses, url, null, null);
  }
}

package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;

/**
 * RubyGems.org's API for one version ({@code /api/v2/rubygems/<name>/versions/<version>.json},
 * with {@code ?platform=} for a platform gem such as {@code nokogiri 1.16.0-x86_64-linux}):
 * {@code licenses} and {@code authors}.
 */
final class RubyGemsRegistry implements RegistrySource {

  private static final Pattern PLATFORM = Pattern.compile("(\\d[^-]*)-((?:x86|x64|arm|aarch64|universal|java|"
      + "i386|i686|ruby|mswin|mingw|darwin|linux)[\\w.-]*)");

  private final String base;

  RubyGemsRegistry(RegistryEndpoints endpoints) {
    this.base = endpoints.base("rubygems");
  }

  @Override
  public String id() {
    return "rubygems";
  }

  @Override
  public boolean accepts(Component c) {
    return c.ecosystem() == Ecosystem.GEM && c.version() != null && !c.version().isBlank();
  }

  @Override
  public String key(Component c) {
    return c.name() + "@" + c.version();
  }

  @Override
  public String url(Component c) {
    Matcher m = PLATFORM.matcher(c.version());
    if (m.matches()) {
      return base + "/api/v2/rubygems/" + c.name() + "/versions/" + m.group(1) + ".json?platform=" + m.group(2);
    }
    return base + "/api/v2/rubygems/" + c.name() + "/versions/" + c.version() + ".json";
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
    for (JsonNode l : doc.path("licenses")) {
      DeclaredLicense d = Facts.license(l.asText());
      if (d != null) {
        licenses.add(d);
      }
    }
    return RegistryFacts.of(licenses, url, Facts.supplier(RegistryFacts.text(doc, "authors"), null), url);
  }
}

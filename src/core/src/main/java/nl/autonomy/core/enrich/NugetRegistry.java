package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;

/**
 * NuGet's registration API ({@code <registration base>/<id>/index.json}): the catalog entry of
 * the version gives {@code licenseExpression} (or a {@code licenseUrl}, of which
 * {@code licenses.nuget.org/<expression>} names an SPDX expression) and {@code authors}. Pages that
 * the index does not inline are fetched by their {@code @id}, as NuGet clients do.
 */
final class NugetRegistry implements RegistrySource {

  private static final String LICENSES_NUGET = "https://licenses.nuget.org/";
  /** The placeholder URL of packages that ship a license file or expression instead. */
  private static final String DEPRECATED_URL = "https://aka.ms/deprecateLicenseUrl";

  private final String base;

  NugetRegistry(RegistryEndpoints endpoints) {
    this.base = endpoints.base("nuget");
  }

  @Override
  public String id() {
    return "nuget";
  }

  @Override
  public boolean accepts(Component c) {
    return c.ecosystem() == Ecosystem.NUGET && c.version() != null && !c.version().isBlank()
        && !c.version().contains("*") && !c.version().startsWith("[") && !c.version().startsWith("(");
  }

  @Override
  public String key(Component c) {
    return c.name().toLowerCase(Locale.ROOT) + "@" + normalized(c.version());
  }

  @Override
  public String url(Component c) {
    return base + "/" + c.name().toLowerCase(Locale.ROOT) + "/index.json";
  }

  /** NuGet's normalised version: lower case, no build metadata, no fourth part that is 0. */
  static String normalized(String version) {
    String v = version.toLowerCase(Locale.ROOT).replaceFirst("\\+.*$", "");
    String release = v.replaceFirst("-.*$", "");
    String suffix = v.substring(release.length());
    String[] parts = release.split("\\.");
    StringBuilder b = new StringBuilder();
    int count = parts.length == 4 && parts[3].equals("0") ? 3 : parts.length;
    for (int i = 0; i < Math.max(count, 3); i++) {
      b.append(i == 0 ? "" : ".").append(i < parts.length ? Integer.parseInt(parts[i]) : 0);
    }
    return b + suffix;
  }

  @Override
  public RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException {
    String url = url(c);
    Optional<JsonNode> answer = http.json(url);
    if (answer.isEmpty()) {
      return RegistryFacts.absent();
    }
    String wanted;
    try {
      wanted = normalized(c.version());
    } catch (NumberFormatException e) {
      return RegistryFacts.absent();
    }
    for (JsonNode page : answer.get().path("items")) {
      JsonNode items = page.get("items");
      String source = url;
      if (items == null) {
        if (!inRange(page, wanted)) {
          continue;
        }
        String pageUrl = RegistryFacts.text(page, "@id");
        if (pageUrl == null) {
          continue;
        }
        JsonNode p = http.json(pageUrl)
            .orElseThrow(() -> new LookupException(pageUrl + " answered HTTP 404 though the index lists it"));
        items = p.path("items");
        source = pageUrl;
      }
      for (JsonNode leaf : items) {
        JsonNode entry = leaf.path("catalogEntry");
        String version = RegistryFacts.text(entry, "version");
        if (version != null && sameVersion(version, wanted)) {
          return facts(entry, source);
        }
      }
    }
    return RegistryFacts.absent();
  }

  private static boolean sameVersion(String version, String wanted) {
    try {
      return normalized(version).equals(wanted);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A page covers versions from {@code lower} to {@code upper}; when unsure, it is read. */
  private static boolean inRange(JsonNode page, String wanted) {
    String lower = RegistryFacts.text(page, "lower");
    String upper = RegistryFacts.text(page, "upper");
    if (lower == null || upper == null) {
      return true;
    }
    return !(sameVersion(lower, wanted) || sameVersion(upper, wanted)) ? looselyBetween(lower, upper, wanted) : true;
  }

  private static boolean looselyBetween(String lower, String upper, String wanted) {
    try {
      int[] w = numbers(wanted);
      return compare(numbers(normalized(lower)), w) <= 0 && compare(w, numbers(normalized(upper))) <= 0;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static int[] numbers(String v) {
    String[] parts = v.replaceFirst("-.*$", "").split("\\.");
    int[] n = new int[4];
    for (int i = 0; i < Math.min(4, parts.length); i++) {
      n[i] = Integer.parseInt(parts[i]);
    }
    return n;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 4; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static RegistryFacts facts(JsonNode entry, String source) {
    String expression = RegistryFacts.text(entry, "licenseExpression");
    String licenseUrl = RegistryFacts.text(entry, "licenseUrl");
    List<DeclaredLicense> licenses;
    if (expression != null) {
      licenses = List.of(new DeclaredLicense(expression, null, null));
    } else if (licenseUrl != null && licenseUrl.startsWith(LICENSES_NUGET)) {
      licenses = List.of(new DeclaredLicense(java.net.URLDecoder.decode(licenseUrl.substring(LICENSES_NUGET.length()),
          java.nio.charset.StandardCharsets.UTF_8), null, licenseUrl));
    } else if (licenseUrl != null && !licenseUrl.equals(DEPRECATED_URL)) {
      licenses = List.of(new DeclaredLicense(null, null, licenseUrl));
    } else {
      licenses = List.of();
    }
    JsonNode authors = entry.get("authors");
    String author = authors == null ? null : authors.isArray()
        ? String.join(", ", java.util.stream.StreamSupport.stream(authors.spliterator(), false)
            .map(JsonNode::asText).toList())
        : authors.asText();
    return RegistryFacts.of(licenses, source, Facts.supplier(author, null), source);
  }
}

package nl.autonomy.core.enrich;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The base URL of each registry, by id: {@code npm}, {@code pypi}, {@code nuget}, {@code crates},
 * {@code rubygems}, {@code packagist}, {@code go}, {@code maven}, and {@code oci:<host>} for one
 * container registry (by default an image's own registry host is asked; Docker Hub's API lives at
 * {@code registry-1.docker.io}). A mirror (an Artifactory npm remote, a Go proxy) or a test server
 * replaces a default with {@code --registry id=url}.
 */
public record RegistryEndpoints(Map<String, URI> bases) {

  public static final Set<String> IDS = Set.of("npm", "pypi", "nuget", "crates", "rubygems", "packagist", "go",
      "maven");

  private static final Map<String, URI> DEFAULTS = Map.of(
      "npm", URI.create("https://registry.npmjs.org"),
      "pypi", URI.create("https://pypi.org"),
      "nuget", URI.create("https://api.nuget.org/v3/registration5-gz-semver2"),
      "crates", URI.create("https://crates.io"),
      "rubygems", URI.create("https://rubygems.org"),
      "packagist", URI.create("https://repo.packagist.org"),
      "go", URI.create("https://proxy.golang.org"),
      "maven", URI.create("https://repo1.maven.org/maven2"),
      "oci:docker.io", URI.create("https://registry-1.docker.io"));

  public RegistryEndpoints {
    Map<String, URI> all = new TreeMap<>(DEFAULTS);
    if (bases != null) {
      bases.forEach((id, uri) -> all.put(id.toLowerCase(Locale.ROOT), URI.create(strip(uri.toString()))));
    }
    bases = java.util.Collections.unmodifiableMap(all);
  }

  public static RegistryEndpoints defaults() {
    return new RegistryEndpoints(Map.of());
  }

  /** {@code id=url} as given on the command line; an unknown id or a URL without http(s) is refused. */
  public RegistryEndpoints with(String assignment) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected ID=URL, e.g. npm=https://npm.example.org, got: " + assignment);
    }
    String id = assignment.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    String url = assignment.substring(eq + 1).strip();
    if (!IDS.contains(id) && !(id.startsWith("oci:") && id.length() > 4)) {
      throw new IllegalArgumentException("unknown registry '" + id + "'; known: " + String.join(", ",
          new java.util.TreeSet<>(IDS)) + ", oci:<host>");
    }
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException("a registry URL must start with http:// or https://: " + url);
    }
    Map<String, URI> next = new TreeMap<>(bases);
    next.put(id, URI.create(url));
    return new RegistryEndpoints(next);
  }

  /** The base for a registry id, without a trailing slash. */
  public String base(String id) {
    URI uri = bases.get(id);
    if (uri == null) {
      throw new IllegalArgumentException("no registry " + id);
    }
    return uri.toString();
  }

  /** The API base of a container registry host. */
  public String oci(String host) {
    URI uri = bases.get("oci:" + host.toLowerCase(Locale.ROOT));
    return uri != null ? uri.toString() : "https://" + host;
  }

  private static String strip(String url) {
    return url.replaceFirst("/+$", "");
  }
}

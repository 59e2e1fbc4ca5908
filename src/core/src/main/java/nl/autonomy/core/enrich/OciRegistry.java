package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.PropertyNames;

/**
 * A container image's labels from its own registry, by the OCI distribution API: the manifest
 * of the tag or digest (for a multi-platform index, the {@code linux/amd64} image, else the
 * first), then its config blob, whose {@code config.Labels} carry
 * {@code org.opencontainers.image.licenses} (an SPDX expression), {@code .vendor} and
 * {@code .source}; annotations of the manifest or index stand in when the config has none.
 * Registries that want a token for public images (Docker Hub, GHCR, Quay) get the anonymous
 * token flow: the {@code WWW-Authenticate: Bearer realm=…,service=…} challenge, a token for
 * {@code repository:<path>:pull}, and the request again. No credentials are ever sent.
 */
final class OciRegistry implements RegistrySource {

  static final String LICENSES = "org.opencontainers.image.licenses";
  static final String VENDOR = "org.opencontainers.image.vendor";
  static final String SOURCE = "org.opencontainers.image.source";
  static final String URL = "org.opencontainers.image.url";
  private static final String MANIFEST_TYPES = String.join(", ",
      "application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json",
      "application/vnd.oci.image.manifest.v1+json", "application/vnd.docker.distribution.manifest.v2+json");
  private static final Pattern CHALLENGE_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private final RegistryEndpoints endpoints;

  OciRegistry(RegistryEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  public String id() {
    return "oci";
  }

  @Override
  public boolean accepts(Component c) {
    return (c.ecosystem() == Ecosystem.DOCKER || c.ecosystem() == Ecosystem.OCI) && c.version() != null
        && c.properties().get(PropertyNames.REGISTRY) != null && !c.version().contains("${");
  }

  @Override
  public String key(Component c) {
    return host(c) + "/" + path(c) + (c.version().contains(":") ? "@" : ":") + c.version();
  }

  private static String host(Component c) {
    return c.properties().get(PropertyNames.REGISTRY);
  }

  private static String path(Component c) {
    return c.group() == null ? c.name() : c.group() + "/" + c.name();
  }

  @Override
  public String url(Component c) {
    return endpoints.oci(host(c)) + "/v2/" + path(c) + "/manifests/" + c.version();
  }

  @Override
  public RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException {
    Map<String, String> auth = new HashMap<>();
    String api = endpoints.oci(host(c)) + "/v2/" + path(c);
    RegistryHttp.Response r = authorized(http, api + "/manifests/" + c.version(), MANIFEST_TYPES, auth, path(c));
    if (r.status() == 404) {
      return RegistryFacts.absent();
    }
    if (!r.ok()) {
      throw new LookupException(r.uri() + " answered HTTP " + r.status());
    }
    JsonNode manifest = r.json();
    JsonNode annotations = manifest.path("annotations");
    String manifestUrl = r.uri().toString();
    if (manifest.has("manifests")) {
      String digest = pickPlatform(manifest.path("manifests"));
      if (digest == null) {
        return facts(annotations, manifestUrl);
      }
      r = authorized(http, api + "/manifests/" + digest, MANIFEST_TYPES, auth, path(c));
      if (!r.ok()) {
        throw new LookupException(r.uri() + " answered HTTP " + r.status());
      }
      manifest = r.json();
      manifestUrl = r.uri().toString();
      if (manifest.path("annotations").size() > 0) {
        annotations = manifest.path("annotations");
      }
    }
    String config = RegistryFacts.text(manifest.path("config"), "digest");
    if (config == null) {
      return facts(annotations, manifestUrl);
    }
    String blobUrl = api + "/blobs/" + config;
    RegistryHttp.Response blob = authorized(http, blobUrl, "application/json, */*", auth, path(c));
    if (!blob.ok()) {
      throw new LookupException(blobUrl + " answered HTTP " + blob.status());
    }
    JsonNode labels = blob.json().path("config").path("Labels");
    if (labels.isObject() && (labels.has(LICENSES) || labels.has(VENDOR) || labels.has(SOURCE))) {
      return facts(labels, blobUrl);
    }
    return facts(annotations, manifestUrl);
  }

  private static RegistryFacts facts(JsonNode labels, String source) {
    DeclaredLicense license = Facts.license(RegistryFacts.text(labels, LICENSES));
    RegistryFacts f = RegistryFacts.of(license == null ? List.of() : List.of(license), source,
        Facts.supplier(RegistryFacts.text(labels, VENDOR), RegistryFacts.text(labels, URL)), source);
    return f.withProperty("oci.image.source", RegistryFacts.text(labels, SOURCE));
  }

  /** {@code linux/amd64} when offered, else the first image that is not an attestation. */
  static String pickPlatform(JsonNode manifests) {
    String first = null;
    for (JsonNode m : manifests) {
      JsonNode p = m.path("platform");
      String os = p.path("os").asText("");
      if (os.equals("unknown")) {
        continue; // buildkit's attestation manifests
      }
      if (os.equals("linux") && p.path("architecture").asText("").equals("amd64")) {
        return RegistryFacts.text(m, "digest");
      }
      if (first == null) {
        first = RegistryFacts.text(m, "digest");
      }
    }
    return first;
  }

  /** GET, and on a Bearer challenge fetch an anonymous pull token and ask again. */
  private static RegistryHttp.Response authorized(RegistryHttp http, String url, String accept,
      Map<String, String> auth, String repository) throws LookupException {
    Map<String, String> headers = new HashMap<>(auth);
    headers.put("Accept", accept);
    RegistryHttp.Response r = http.get(url, headers);
    if (r.status() != 401 || auth.containsKey("Authorization")) {
      return r;
    }
    String challenge = r.headers().firstValue("www-authenticate").orElse("");
    if (!challenge.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new LookupException(url + " wants credentials (" + challenge.split(" ")[0]
          + "); only public images are looked up");
    }
    Map<String, String> params = new HashMap<>();
    Matcher m = CHALLENGE_PARAM.matcher(challenge);
    while (m.find()) {
      params.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
    }
    String realm = params.get("realm");
    if (realm == null) {
      throw new LookupException(url + " sent a Bearer challenge without a realm");
    }
    String scope = params.getOrDefault("scope", "repository:" + repository + ":pull");
    String tokenUrl = realm + (realm.contains("?") ? "&" : "?")
        + (params.containsKey("service") ? "service=" + enc(params.get("service")) + "&" : "") + "scope=" + enc(scope);
    RegistryHttp.Response t = http.get(tokenUrl, Map.of("Accept", "application/json"));
    if (!t.ok()) {
      throw new LookupException(tokenUrl + " gave no anonymous token (HTTP " + t.status() + "); the image may be private");
    }
    JsonNode token = t.json();
    String value = RegistryFacts.text(token, "token") != null ? RegistryFacts.text(token, "token")
        : RegistryFacts.text(token, "access_token");
    if (value == null) {
      throw new LookupException(tokenUrl + " answered without a token");
    }
    auth.put("Authorization", "Bearer " + value);
    headers.putAll(auth);
    return http.get(url, headers);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import nl.autonomy.core.AutonomyVersion;

/**
 * GET with the manners a registry expects: a User-Agent naming the tool, connect and read
 * timeouts, retries with doubling backoff on connection errors, 429 and 5xx (honouring a short
 * {@code Retry-After}), gzip, bounded answers, and redirects followed by hand so that an
 * {@code Authorization} header never travels to another host (OCI registries redirect blobs to a
 * CDN) and https is never downgraded. A host that failed three lookups in a row at the transport
 * level is not tried again in this scan: a registry that cannot be reached must not cost a
 * timeout per package.
 */
final class RegistryHttp {

  /** Go module zips are at most 500 MB by the proxy's rules; license facts never need more than this. */
  static final int MAX_BODY = 64 * 1024 * 1024;
  private static final int MAX_REDIRECTS = 5;
  private static final int UNREACHABLE_AFTER = 3;
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(10);
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final Duration readTimeout;
  private final int retries;
  private final Duration backoff;
  private final String userAgent = "autonomy/" + AutonomyVersion.get() + " (SBOM scanner; license lookup)";
  private final Map<String, AtomicInteger> failuresByHost = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  RegistryHttp(EnrichOptions options) {
    HttpClient.Builder b = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(options.proxy().selector());
    options.proxy().authenticator().ifPresent(b::authenticator);
    this.client = b.build();
    this.readTimeout = options.readTimeout();
    this.retries = options.retries();
    this.backoff = options.backoff();
  }

  /** An answer: its final URL, status, headers and (decoded) body. */
  record Response(URI uri, int status, HttpHeaders headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() throws LookupException {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new LookupException(uri + " did not answer with JSON: " + e.getMessage());
      }
    }

    boolean ok() {
      return status / 100 == 2;
    }
  }

  /** How many requests went out (for tests and the progress line). */
  int requestCount() {
    return requests.get();
  }

  Response get(String url, Map<String, String> headers) throws LookupException {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new LookupException("not a valid URL: " + url);
    }
    Map<String, String> sent = new java.util.HashMap<>(headers);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Response r = withRetries(uri, sent);
      if (r.status() / 100 != 3 || r.headers().firstValue("location").isEmpty()) {
        return r;
      }
      URI next = uri.resolve(r.headers().firstValue("location").get());
      if ("https".equals(uri.getScheme()) && !"https".equals(next.getScheme())) {
        throw new LookupException(uri + " redirects to " + next + ", a downgrade from https that is not followed");
      }
      if (!sameOrigin(uri, next)) {
        sent.remove("Authorization");
      }
      uri = next;
    }
    throw new LookupException(url + ": more than " + MAX_REDIRECTS + " redirects");
  }

  Response get(String url) throws LookupException {
    return get(url, Map.of());
  }

  /**
   * The answer at {@code url}, or empty when the registry has no such package or version (404, or
   * the Go proxy's 410 Gone); any other status that is not a success is a failed lookup.
   */
  java.util.Optional<Response> found(String url, Map<String, String> headers) throws LookupException {
    Response r = get(url, headers);
    if (r.status() == 404 || r.status() == 410) {
      return java.util.Optional.empty();
    }
    if (!r.ok()) {
      throw new LookupException(r.uri() + " answered HTTP " + r.status());
    }
    return java.util.Optional.of(r);
  }

  /** The JSON document at {@code url}, or empty when the registry has no such thing. */
  java.util.Optional<JsonNode> json(String url) throws LookupException {
    java.util.Optional<Response> r = found(url, Map.of("Accept", "application/json"));
    return r.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(r.get().json());
  }

  private Response withRetries(URI uri, Map<String, String> headers) throws LookupException {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    AtomicInteger failures = failuresByHost.computeIfAbsent(host, h -> new AtomicInteger());
    if (failures.get() >= UNREACHABLE_AFTER) {
      throw new LookupException(host + " could not be reached earlier in this scan; not tried again", true);
    }
    String lastError = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        sleep(backoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
      }
      try {
        Response r = send(uri, headers);
        failures.set(0);
        if (r.status() == 429 || r.status() >= 500) {
          lastError = uri + " answered HTTP " + r.status();
          retryAfter(r).ifPresent(RegistryHttp::sleep);
          continue;
        }
        return r;
      } catch (IOException e) {
        lastError = "cannot reach " + host + ": " + describe(e);
      }
    }
    if (lastError != null && lastError.startsWith("cannot reach")) {
      failures.incrementAndGet();
      throw new LookupException(lastError + " (" + (retries + 1) + " attempts)", true);
    }
    throw new LookupException(lastError + " (" + (retries + 1) + " attempts)");
  }

  private Response send(URI uri, Map<String, String> headers) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(readTimeout).GET()
        .header("User-Agent", userAgent)
        .header("Accept-Encoding", "gzip");
    headers.forEach(b::header);
    requests.incrementAndGet();
    HttpResponse<InputStream> response;
    try {
      response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    try (InputStream raw = response.body();
        InputStream in = response.headers().firstValue("content-encoding").filter("gzip"::equalsIgnoreCase)
            .isPresent() ? new GZIPInputStream(raw) : raw) {
      return new Response(uri, response.statusCode(), response.headers(), readBounded(in, uri));
    }
  }

  private static byte[] readBounded(InputStream in, URI uri) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > MAX_BODY) {
        throw new IOException(uri + " answered with more than " + MAX_BODY / (1024 * 1024) + " MiB");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static java.util.Optional<Duration> retryAfter(Response r) {
    return r.headers().firstValue("retry-after").flatMap(v -> {
      try {
        Duration d = Duration.ofSeconds(Long.parseLong(v.strip()));
        return java.util.Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
      } catch (NumberFormatException e) {
        return java.util.Optional.empty();
      }
    });
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme()) && String.valueOf(a.getHost()).equalsIgnoreCase(b.getHost())
        && a.getPort() == b.getPort();
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package nl.autonomy.core.detect.archive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Maven Central, asked over HTTPS only when the scan is online: the {@code .sha1} it publishes next
 * to every artifact, for the coordinates a delivered jar claims or is thought to have; and its
 * search by SHA-1, for a jar that names no coordinates. What is sent is public coordinates or the
 * SHA-1 of a jar, nothing of the scanned code. The search API is often not reachable from build
 * networks where the artifact files are (mirrors serve files, not search); then only the
 * {@code .sha1} files are used, and the scan says so.
 */
final class CentralChecksums {

  /** Where Central is; {@code -Dautonomy.central.url=...} points at a mirror of it. */
  static final String DEFAULT_URL = "https://repo.maven.apache.org/maven2/";
  private static final int PARALLEL = 16;

  /** What Central said about one artifact. */
  enum Status { PUBLISHED, NOT_PUBLISHED, UNREACHABLE }

  record Answer(Status status, String sha1) {
  }

  /** Central's search; {@code -Dautonomy.central.search.url=...} points elsewhere. */
  static final String DEFAULT_SEARCH_URL = "https://search.maven.org/solrsearch/select";

  /** What the search said about one SHA-1: the artifacts with those bytes, or why there is no answer. */
  record Found(Status status, List<MavenCoordinates> artifacts) {
  }

  private final URI base;
  private final URI search;
  private final HttpClient http;

  CentralChecksums(URI base) {
    this(base, URI.create(DEFAULT_SEARCH_URL));
  }

  CentralChecksums(URI base, URI search) {
    this.search = search;
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  static CentralChecksums fromSystemProperties() {
    return new CentralChecksums(URI.create(System.getProperty("autonomy.central.url", DEFAULT_URL)),
        URI.create(System.getProperty("autonomy.central.search.url", DEFAULT_SEARCH_URL)));
  }

  URI base() {
    return base;
  }

  URI search() {
    return search;
  }

  /** The artifacts Central's search knows by each SHA-1. */
  Map<String, Found> searchBySha1(List<String> sha1s) {
    return askAll(sha1s.stream().filter(h -> h.matches("[0-9a-f]{40}")).distinct().toList(), this::find,
        f -> f.status() == Status.UNREACHABLE);
  }

  /**
   * Asks about every key, {@value #PARALLEL} at a time. When the first answer says Central cannot
   * be reached, no more is asked: each would only wait for the same timeout.
   */
  private static <K, A> Map<K, A> askAll(List<K> keys, java.util.function.Function<K, CompletableFuture<A>> ask,
      java.util.function.Predicate<A> unreachable) {
    Map<K, A> out = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    A first = ask.apply(keys.get(0)).join();
    out.put(keys.get(0), first);
    if (unreachable.test(first)) {
      keys.forEach(k -> out.putIfAbsent(k, first));
      return out;
    }
    for (int i = 1; i < keys.size(); i += PARALLEL) {
      List<K> chunk = keys.subList(i, Math.min(keys.size(), i + PARALLEL));
      List<CompletableFuture<A>> answers = new ArrayList<>();
      chunk.forEach(k -> answers.add(ask.apply(k)));
      for (int j = 0; j < chunk.size(); j++) {
        out.put(chunk.get(j), answers.get(j).join());
      }
    }
    return out;
  }

  private CompletableFuture<Found> find(String sha1) {
    URI uri = URI.create(search + "?q=1:%22" + sha1 + "%22&rows=20&wt=json");
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .header("User-Agent", "autonomy").GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(CentralChecksums::found)
        .exceptionally(e -> new Found(Status.UNREACHABLE, List.of()));
  }

  /** Solr's answer: {@code response.docs[]} with {@code g}, {@code a}, {@code v} and {@code p} (packaging). */
  private static Found found(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      return new Found(Status.UNREACHABLE, List.of());
    }
    try {
      com.fasterxml.jackson.databind.JsonNode docs = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(response.body()).path("response").path("docs");
      List<MavenCoordinates> artifacts = new ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode d : docs) {
        String g = d.path("g").asText(null);
        String a = d.path("a").asText(null);
        String v = d.path("v").asText(null);
        if (g != null && a != null && v != null) {
          artifacts.add(new MavenCoordinates(g, a, v, null, null));
        }
      }
      return new Found(artifacts.isEmpty() ? Status.NOT_PUBLISHED : Status.PUBLISHED, artifacts);
    } catch (java.io.IOException | RuntimeException e) {
      return new Found(Status.UNREACHABLE, List.of());
    }
  }

  /** Asks for every artifact's published {@code .sha1}. */
  Map<MavenCoordinates, Answer> fetch(List<MavenCoordinates> wanted) {
    return askAll(wanted.stream().filter(MavenCoordinates::safe).distinct().toList(), this::ask,
        a -> a.status() == Status.UNREACHABLE);
  }

  private CompletableFuture<Answer> ask(MavenCoordinates c) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(c.repositoryPath() + ".sha1"))
        .timeout(Duration.ofSeconds(20)).header("User-Agent", "autonomy").GET().build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(CentralChecksums::answer)
        .exceptionally(e -> new Answer(Status.UNREACHABLE, null));
  }

  private static Answer answer(HttpResponse<String> response) {
    if (response.statusCode() == 404) {
      return new Answer(Status.NOT_PUBLISHED, null);
    }
    String sha1 = response.statusCode() == 200 ? PublishedChecksum.parse(response.body()) : null;
    return sha1 == null ? new Answer(Status.UNREACHABLE, null) : new Answer(Status.PUBLISHED, sha1);
  }
}

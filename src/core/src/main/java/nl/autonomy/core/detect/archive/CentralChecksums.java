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
 * The {@code .sha1} Maven Central publishes next to every artifact, fetched over HTTPS for the
 * coordinates a delivered jar claims or is thought to have. Only used when the scan is online;
 * nothing about the scanned code is sent beyond the public coordinates asked for. Central's
 * search-by-checksum API is not used: the artifact files are what every Maven mirror serves,
 * the search API often is not reachable from build networks.
 */
final class CentralChecksums {

  /** Where Central is; {@code -Dautonomy.central.url=...} points at a mirror of it. */
  static final String DEFAULT_URL = "https://repo.maven.apache.org/maven2/";
  private static final int PARALLEL = 16;

  /** What Central said about one artifact. */
  enum Status { PUBLISHED, NOT_PUBLISHED, UNREACHABLE }

  record Answer(Status status, String sha1) {
  }

  private final URI base;
  private final HttpClient http;

  CentralChecksums(URI base) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  static CentralChecksums fromSystemProperties() {
    return new CentralChecksums(URI.create(System.getProperty("autonomy.central.url", DEFAULT_URL)));
  }

  URI base() {
    return base;
  }

  /**
   * Asks for every artifact, {@value #PARALLEL} at a time. When the first answer says Central
   * cannot be reached, no more is asked: each would only wait for the same timeout.
   */
  Map<MavenCoordinates, Answer> fetch(List<MavenCoordinates> wanted) {
    Map<MavenCoordinates, Answer> out = new LinkedHashMap<>();
    List<MavenCoordinates> todo = wanted.stream().filter(MavenCoordinates::safe).distinct().toList();
    if (todo.isEmpty()) {
      return out;
    }
    Answer first = ask(todo.get(0)).join();
    out.put(todo.get(0), first);
    if (first.status() == Status.UNREACHABLE) {
      todo.forEach(c -> out.putIfAbsent(c, first));
      return out;
    }
    for (int i = 1; i < todo.size(); i += PARALLEL) {
      List<MavenCoordinates> chunk = todo.subList(i, Math.min(todo.size(), i + PARALLEL));
      List<CompletableFuture<Answer>> answers = new ArrayList<>();
      chunk.forEach(c -> answers.add(ask(c)));
      for (int j = 0; j < chunk.size(); j++) {
        out.put(chunk.get(j), answers.get(j).join());
      }
    }
    return out;
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

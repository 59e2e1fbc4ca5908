package nl.autonomy.core.enrich;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A registry on localhost for the tests: serves the recorded answers under
 * {@code src/test/resources/enrich/} at the paths the real registry serves them, answers 404 for
 * everything else, and logs every request. It can fail a path a number of times (to test retries)
 * and guard paths with the OCI anonymous token flow.
 */
final class FixtureRegistry implements AutoCloseable {

  record Answer(int status, byte[] body, Map<String, String> headers) {
  }

  private final HttpServer server;
  private final Map<String, Answer> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile long delayMillis;
  private volatile String bearerPrefix;
  private volatile String token;

  FixtureRegistry() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Serves a resource (with {@code ${base}} replaced) at a path (with its query, if any). */
  FixtureRegistry json(String path, String resource) {
    return route(path, 200, resource(resource).replace("${base}", base()).getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/json"));
  }

  FixtureRegistry route(String path, int status, byte[] body, Map<String, String> headers) {
    routes.put(path, new Answer(status, body, headers));
    return this;
  }

  /** The next {@code times} requests for {@code path} get {@code status}. */
  FixtureRegistry failFirst(String path, int times, int status) {
    failures.put(path, new AtomicInteger(times));
    failStatus.put(path, status);
    return this;
  }

  private final Map<String, Integer> failStatus = new ConcurrentHashMap<>();

  /** Paths under {@code prefix} need {@code Authorization: Bearer <token>}, served at {@code /token}. */
  FixtureRegistry bearer(String prefix, String service, String value) {
    this.bearerPrefix = prefix;
    this.token = value;
    route("/token?service=" + service + "&scope=repository%3A" + prefix.replaceFirst("^/v2/", "").replaceFirst("/$", "")
        .replace("/", "%2F") + "%3Apull", 200,
        ("{\"token\":\"" + value + "\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8), Map.of());
    return this;
  }

  /** A Go module zip holding {@code files} (name to resource) at the module's root. */
  FixtureRegistry goModule(String path, String moduleAtVersion, Map<String, String> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(moduleAtVersion + "/go.mod"));
      zip.write(("module " + moduleAtVersion.substring(0, moduleAtVersion.indexOf('@')) + "\n").getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(moduleAtVersion + "/" + f.getKey()));
        zip.write(resource(f.getValue()).getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry(moduleAtVersion + "/internal/LICENSE"));
      zip.write("not the module's license: a vendored part".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return route(path, 200, out.toByteArray(), Map.of("Content-Type", "application/zip"));
  }

  /** Every answer waits this long, so that concurrent requests overlap. */
  FixtureRegistry delay(long millis) {
    this.delayMillis = millis;
    return this;
  }

  /** The most requests that were being answered at the same time. */
  int maxInFlight() {
    return maxInFlight.get();
  }

  List<String> log() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  static String resource(String name) {
    try (InputStream in = FixtureRegistry.class.getResourceAsStream("/enrich/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getRawPath()
        + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
    log.add(path);
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try (x) {
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      AtomicInteger fail = failures.get(path);
      if (fail != null && fail.getAndDecrement() > 0) {
        send(x, failStatus.get(path), "temporarily unavailable".getBytes(StandardCharsets.UTF_8), Map.of());
        return;
      }
      if (bearerPrefix != null && path.startsWith(bearerPrefix)
          && !("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
        String scope = bearerPrefix.replaceFirst("^/v2/", "").replaceFirst("/$", "");
        send(x, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}".getBytes(StandardCharsets.UTF_8),
            Map.of("WWW-Authenticate", "Bearer realm=\"" + base() + "/token\",service=\"ghcr.io\",scope=\"repository:"
                + scope + ":pull\""));
        return;
      }
      Answer a = routes.get(path);
      if (a == null) {
        send(x, 404, "{\"message\":\"not found\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        return;
      }
      send(x, a.status(), a.body(), a.headers());
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static void send(HttpExchange x, int status, byte[] body, Map<String, String> headers) throws IOException {
    headers.forEach((k, v) -> x.getResponseHeaders().add(k, v));
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      x.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}

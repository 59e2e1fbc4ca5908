package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --registry}, {@code --cache-dir}, {@code --offline} and {@code --no-enrich} end to end. */
class EnrichmentCliTest {

  @TempDir
  Path tmp;

  private HttpServer registry;
  private final List<String> asked = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    registry.createContext("/", x -> {
      asked.add(x.getRequestURI().getPath());
      byte[] body = x.getRequestURI().getPath().equals("/lodash/4.17.21")
          ? "{\"name\":\"lodash\",\"version\":\"4.17.21\",\"license\":\"MIT\",\"author\":\"John-David Dalton <john.david.dalton@gmail.com>\"}"
              .getBytes(StandardCharsets.UTF_8)
          : new byte[0];
      x.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        x.getResponseBody().write(body);
      }
      x.close();
    });
    registry.start();
  }

  @AfterEach
  void stop() {
    registry.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + registry.getAddress().getPort();
  }

  private Path project() throws Exception {
    Path p = tmp.resolve("web");
    Files.createDirectories(p);
    Files.writeString(p.resolve("package.json"), "{\"name\":\"web\",\"version\":\"1.0.0\",\"dependencies\":{\"lodash\":\"^4.17.21\"}}");
    Files.writeString(p.resolve("package-lock.json"), """
        {"name": "web", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
         "packages": {
           "": {"name": "web", "version": "1.0.0", "dependencies": {"lodash": "^4.17.21"}},
           "node_modules/lodash": {"version": "4.17.21",
             "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz"}}}
        """);
    return p;
  }

  private JsonNode lodash(Path out) throws Exception {
    JsonNode bom = new ObjectMapper().readTree(out.resolve("bom.cdx.json").toFile());
    for (JsonNode c : bom.path("components")) {
      if (c.path("name").asText().equals("lodash")) {
        return c;
      }
    }
    throw new AssertionError("no lodash in " + bom);
  }

  private static String property(JsonNode component, String name) {
    for (JsonNode p : component.path("properties")) {
      if (p.path("name").asText().equals(name)) {
        return p.path("value").asText();
      }
    }
    return null;
  }

  @Test
  void anOnlineScanLooksUpTheLicenseAndALaterOfflineScanReusesTheCache() throws Exception {
    Path project = project();
    Path cache = tmp.resolve("cache");

    MainTest.Run online = MainTest.run("scan", project.toString(), "-o", tmp.resolve("a").toString(), "-q",
        "--fail-on", "never", "--format", "cyclonedx-json", "--cache-dir", cache.toString(),
        "--registry", "npm=" + base());
    assertThat(online.exit()).as(online.err()).isZero();
    JsonNode a = lodash(tmp.resolve("a"));
    assertThat(a.path("licenses").toString()).contains("MIT");
    assertThat(property(a, "autonomy:license:basis")).isEqualTo("registry");
    assertThat(property(a, "autonomy:license:source")).isEqualTo(base() + "/lodash/4.17.21");
    assertThat(property(a, "autonomy:vendor:basis")).isIn("registry", "catalog");
    assertThat(asked).containsExactly("/lodash/4.17.21");

    registry.stop(0);
    MainTest.Run offline = MainTest.run("scan", project.toString(), "-o", tmp.resolve("b").toString(), "-q",
        "--fail-on", "never", "--format", "cyclonedx-json", "--cache-dir", cache.toString(),
        "--registry", "npm=" + base(), "--offline");
    assertThat(offline.exit()).as(offline.err()).isZero();
    assertThat(property(lodash(tmp.resolve("b")), "autonomy:license:basis")).isEqualTo("registry");
    assertThat(asked).hasSize(1);
  }

  @Test
  void noEnrichAsksNothing() throws Exception {
    MainTest.Run r = MainTest.run("scan", project().toString(), "-o", tmp.resolve("c").toString(), "-q",
        "--fail-on", "never", "--format", "cyclonedx-json", "--cache-dir", tmp.resolve("cache").toString(),
        "--registry", "npm=" + base(), "--no-enrich");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(asked).isEmpty();
    assertThat(property(lodash(tmp.resolve("c")), "autonomy:license:basis")).isNotEqualTo("registry");
    assertThat(tmp.resolve("cache")).doesNotExist();
  }

  @Test
  void aRegistryOptionThatIsNotIdEqualsUrlIsAUsageError() throws Exception {
    MainTest.Run r = MainTest.run("scan", project().toString(), "-o", tmp.resolve("d").toString(),
        "--registry", "cpan=https://cpan.example");

    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--registry cpan=https://cpan.example").contains("unknown registry 'cpan'");
  }
}

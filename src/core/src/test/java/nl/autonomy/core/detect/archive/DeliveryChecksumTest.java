package nl.autonomy.core.detect.archive;

import static java.util.Map.entry;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.entries;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.library;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.text;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.write;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.source.ArchiveBounds;
import nl.autonomy.core.source.Digests;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivered bytes against published checksums: a local Maven repository laid out as Maven lays it
 * out, and a real HTTP server serving {@code .sha1} files as Central does.
 */
class DeliveryChecksumTest {

  @TempDir
  Path root;
  @TempDir
  Path repo;

  private HttpServer server;
  private final Map<String, String> published = new ConcurrentHashMap<>();
  private final Map<String, String> searchable = new ConcurrentHashMap<>();
  private volatile boolean searchDown;
  private final AtomicInteger requests = new AtomicInteger();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private URI central() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/maven2/", exchange -> {
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath().substring("/maven2/".length());
      String body = published.get(path);
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
      if (body != null) {
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.createContext("/solrsearch/select", exchange -> {
      requests.incrementAndGet();
      String query = exchange.getRequestURI().getQuery();
      String sha1 = query.replaceAll(".*1:\"([0-9a-f]{40})\".*", "$1");
      String docs = searchable.getOrDefault(sha1, "");
      byte[] bytes = ("{\"response\":{\"numFound\":" + (docs.isEmpty() ? 0 : 1) + ",\"docs\":[" + docs + "]}}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(searchDown ? 503 : 200, searchDown ? -1 : bytes.length);
      if (!searchDown) {
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/maven2/");
  }

  private Detection detect(boolean offline, URI central) {
    JarDetector detector = new JarDetector(ArchiveBounds.defaults(), central);
    List<WorkspaceFile> files = new FileWalker(1 << 20).walk(root).files().stream().filter(detector::accepts).toList();
    ScanOptions options = ScanOptions.defaults().withOffline(offline).withLocalRepository(repo);
    return detector.detect(new DetectorContext(root, options, Optional.empty()), files);
  }

  private static Component only(Detection d, String ref) {
    return DeliveryContentTest.only(d, ref);
  }

  private static String sha1(byte[] b) {
    return Digests.of(b).get("SHA-1");
  }

  @Test
  void aTamperedJarDiffersFromTheChecksumInTheLocalRepositoryAndTheUntouchedOneMatches() throws Exception {
    byte[] original = library("com.google.code.gson", "gson", "2.10.1");
    byte[] tampered = zip(entries(
        entry("META-INF/maven/com.google.code.gson/gson/pom.properties", DeliveryFixtures.pom("com.google.code.gson", "gson", "2.10.1")),
        entry("com/google/gson/Gson.class", text("backdoor"))));
    byte[] slf4j = library("org.slf4j", "slf4j-api", "2.0.12");
    write(repo.resolve("com/google/code/gson/gson/2.10.1/gson-2.10.1.jar.sha1"), text(sha1(original) + "  gson-2.10.1.jar\n"));
    write(repo.resolve("org/slf4j/slf4j-api/2.0.12/slf4j-api-2.0.12.jar.sha1"), text(sha1(slf4j)));
    write(root.resolve("app.war"), zip(entries(entry("WEB-INF/lib/gson-2.10.1.jar", tampered),
        entry("WEB-INF/lib/slf4j-api-2.0.12.jar", slf4j))));

    Detection d = detect(true, null);

    Component gson = only(d, "pkg:maven/com.google.code.gson/gson@2.10.1");
    assertThat(gson.properties()).containsEntry("autonomy:checksum", "mismatch")
        .containsEntry("autonomy:checksum:source", "local-repository")
        .containsEntry("autonomy:checksum:published", sha1(original));
    assertThat(gson.hashes()).containsEntry("SHA-256", Digests.of(tampered).get("SHA-256"));
    assertThat(only(d, "pkg:maven/org.slf4j/slf4j-api@2.0.12").properties()).containsEntry("autonomy:checksum", "match");
  }

  @Test
  void aCopyMavenDownloadedFromCentralVouchesButALocallyInstalledOneDoesNot() throws Exception {
    byte[] central = library("org.slf4j", "slf4j-api", "2.0.12");
    byte[] installed = library("nl.gemeente", "eigen", "1.0");
    write(repo.resolve("org/slf4j/slf4j-api/2.0.12/slf4j-api-2.0.12.jar"), central);
    write(repo.resolve("org/slf4j/slf4j-api/2.0.12/_remote.repositories"), text("slf4j-api-2.0.12.jar>central=\n"));
    write(repo.resolve("nl/gemeente/eigen/1.0/eigen-1.0.jar"), installed);
    write(repo.resolve("nl/gemeente/eigen/1.0/_remote.repositories"), text("eigen-1.0.jar>=\n"));
    write(root.resolve("lib/slf4j-api-2.0.12.jar"), central);
    write(root.resolve("lib/eigen-1.0.jar"), installed);

    Detection d = detect(true, null);

    assertThat(only(d, "pkg:maven/org.slf4j/slf4j-api@2.0.12").properties()).containsEntry("autonomy:checksum", "match");
    assertThat(only(d, "pkg:maven/nl.gemeente/eigen@1.0").properties()).containsEntry("autonomy:checksum", "unknown");
  }

  @Test
  void aJarWithoutPomPropertiesIsIdentifiedByItsSha1InTheLocalRepository() throws Exception {
    byte[] bytes = zip(entries(entry("com/acme/Util.class", text("cafe acme"))));
    write(repo.resolve("com/acme/legacy-util/2.1/legacy-util-2.1.jar"), bytes);
    write(repo.resolve("com/acme/legacy-util/2.1/legacy-util-2.1.jar.sha1"), text(sha1(bytes)));
    write(root.resolve("WEB-INF/lib/legacy-util-2.1.jar"), bytes);
    write(root.resolve("WEB-INF/lib/other-util-2.1.jar"), zip(entries(entry("x/Y.class", text("other")))));

    Detection d = detect(true, null);

    assertThat(d.components()).extracting(Component::ref)
        .containsExactlyInAnyOrder("pkg:maven/com.acme/legacy-util@2.1", "pkg:generic/other-util@2.1");
    assertThat(only(d, "pkg:maven/com.acme/legacy-util@2.1").properties())
        .containsEntry("autonomy:identified-by", "sha1:local-repository").containsEntry("autonomy:checksum", "match");
  }

  @Test
  void onlineTheChecksumIsAskedOfCentralAndAMismatchOrAnUnpublishedArtifactIsSaid() throws Exception {
    URI central = central();
    byte[] good = library("org.slf4j", "slf4j-api", "2.0.12");
    byte[] changed = library("com.google.code.gson", "gson", "2.10.1");
    published.put("org/slf4j/slf4j-api/2.0.12/slf4j-api-2.0.12.jar.sha1", sha1(good));
    published.put("com/google/code/gson/gson/2.10.1/gson-2.10.1.jar.sha1", "0123456789abcdef0123456789abcdef01234567");
    write(root.resolve("lib/slf4j-api-2.0.12.jar"), good);
    write(root.resolve("lib/gson-2.10.1.jar"), changed);
    write(root.resolve("lib/eigen-1.0.jar"), library("nl.gemeente", "eigen", "1.0"));

    Detection d = detect(false, central);

    assertThat(only(d, "pkg:maven/org.slf4j/slf4j-api@2.0.12").properties())
        .containsEntry("autonomy:checksum", "match").containsEntry("autonomy:checksum:source", "maven-central");
    assertThat(only(d, "pkg:maven/com.google.code.gson/gson@2.10.1").properties())
        .containsEntry("autonomy:checksum", "mismatch")
        .containsEntry("autonomy:checksum:published", "0123456789abcdef0123456789abcdef01234567");
    assertThat(only(d, "pkg:maven/nl.gemeente/eigen@1.0").properties())
        .containsEntry("autonomy:checksum", "unknown").containsEntry("autonomy:checksum:reason", "not published on Maven Central");
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void onlineAJarWithoutPomPropertiesIsIdentifiedByItsSha1AgainstCoordinatesItsManifestSuggests() throws Exception {
    URI central = central();
    byte[] bytes = zip(entries(entry("META-INF/MANIFEST.MF",
        text("Manifest-Version: 1.0\nBundle-SymbolicName: org.acme.legacy-util\nBundle-Version: 2.1.0\n")),
        entry("org/acme/Util.class", text("cafe"))));
    published.put("org/acme/legacy-util/2.1/legacy-util-2.1.jar.sha1", sha1(bytes));
    write(root.resolve("lib/legacy-util-2.1.jar"), bytes);

    Detection d = detect(false, central);

    assertThat(d.components()).singleElement().satisfies(c -> {
      assertThat(c.ref()).isEqualTo("pkg:maven/org.acme/legacy-util@2.1");
      assertThat(c.properties()).containsEntry("autonomy:identified-by", "sha1:maven-central")
          .containsEntry("autonomy:checksum", "match");
    });
  }

  @Test
  void onlineAJarWithoutPomPropertiesIsFoundByCentralsSearchBySha1WithItsClassifierFromTheFileName() throws Exception {
    URI central = central();
    byte[] bytes = zip(entries(entry("io/netty/Native.class", text("native linux"))));
    searchable.put(sha1(bytes), "{\"id\":\"io.netty:netty-tcnative:2.0.75.Final\",\"g\":\"io.netty\",\"a\":\"netty-tcnative\","
        + "\"v\":\"2.0.75.Final\",\"p\":\"jar\"}");
    write(root.resolve("lib/netty-tcnative-2.0.75.Final-linux-x86_64.jar"), bytes);

    Detection d = detect(false, central);

    assertThat(d.components()).singleElement().satisfies(c -> {
      assertThat(c.ref()).isEqualTo("pkg:maven/io.netty/netty-tcnative@2.0.75.Final?classifier=linux-x86_64");
      assertThat(c.properties()).containsEntry("autonomy:identified-by", "sha1:maven-central")
          .containsEntry("autonomy:checksum", "match");
    });
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void withoutCentralsSearchTheGroupOfASiblingArtifactIsTriedAndTheScanSaysSearchWasNotReached() throws Exception {
    URI central = central();
    searchDown = true;
    byte[] beans = zip(entries(entry("org/springframework/beans/Bean.class", text("beans"))));
    published.put("org/springframework/spring-beans/6.2.17/spring-beans-6.2.17.jar.sha1", sha1(beans));
    write(root.resolve("BOOT-INF/lib/spring-core-6.2.17.jar"), library("org.springframework", "spring-core", "6.2.17"));
    write(root.resolve("BOOT-INF/lib/spring-beans-6.2.17.jar"), beans);

    Detection d = detect(false, central);

    assertThat(only(d, "pkg:maven/org.springframework/spring-beans@6.2.17").properties())
        .containsEntry("autonomy:identified-by", "sha1:maven-central").containsEntry("autonomy:checksum", "match");
    assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("search", "could not be reached"));
  }

  @Test
  void aNativeJarPerPlatformIsOneComponentEachByItsClassifier() throws Exception {
    write(root.resolve("lib/netty-transport-native-epoll-4.2.12.Final-linux-x86_64.jar"),
        library("io.netty", "netty-transport-native-epoll", "4.2.12.Final"));
    write(root.resolve("lib/netty-transport-native-epoll-4.2.12.Final-linux-aarch_64.jar"),
        zip(entries(entry("META-INF/maven/io.netty/netty-transport-native-epoll/pom.properties",
            DeliveryFixtures.pom("io.netty", "netty-transport-native-epoll", "4.2.12.Final")), entry("lib.so", text("arm")))));

    Detection d = detect(true, null);

    assertThat(d.components()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:maven/io.netty/netty-transport-native-epoll@4.2.12.Final?classifier=linux-aarch_64",
        "pkg:maven/io.netty/netty-transport-native-epoll@4.2.12.Final?classifier=linux-x86_64");
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void anUnreachableCentralIsAProblemAndEveryChecksumStaysUnknownAfterOneTry() throws Exception {
    URI central = central();
    server.stop(0);
    server = null;
    write(root.resolve("lib/slf4j-api-2.0.12.jar"), library("org.slf4j", "slf4j-api", "2.0.12"));
    write(root.resolve("lib/gson-2.10.1.jar"), library("com.google.code.gson", "gson", "2.10.1"));

    Detection d = detect(false, central);

    assertThat(d.components()).allSatisfy(c -> assertThat(c.properties())
        .containsEntry("autonomy:checksum", "unknown").containsEntry("autonomy:checksum:reason", "Maven Central could not be reached"));
    assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("could not be reached"));
  }

  @Test
  void aRenamedJarIsNeverCalledTamperedSinceItMayBeAnotherClassifier() throws Exception {
    URI central = central();
    byte[] exec = library("io.zipkin", "zipkin-server", "3.4.0");
    published.put("io/zipkin/zipkin-server/3.4.0/zipkin-server-3.4.0.jar.sha1", "0123456789abcdef0123456789abcdef01234567");
    write(root.resolve("zipkin.jar"), exec);

    Detection d = detect(false, central);

    assertThat(only(d, "pkg:maven/io.zipkin/zipkin-server@3.4.0").properties())
        .containsEntry("autonomy:checksum", "unknown");
    assertThat(requests.get()).isEqualTo(1);
  }
}

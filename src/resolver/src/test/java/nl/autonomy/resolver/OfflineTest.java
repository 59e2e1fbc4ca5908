package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.model.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --offline} reads only the local repository and opens no connection: the remote here is a
 * local socket that counts every connection made to it (and answers none).
 */
class OfflineTest {

  @TempDir
  Path temp;

  private ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();
  private Thread acceptor;

  @BeforeEach
  void listen() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          connections.incrementAndGet();
        } catch (SocketException closed) {
          return;
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void close() throws Exception {
    server.close();
    acceptor.join(5000);
  }

  private String remote() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/maven2";
  }

  private static Detection resolve(ScanOptions options) throws IOException {
    Path root = FixtureRepository.resources().resolve("projects/offline");
    return new ResolverMavenGraphProvider().resolveProjects(
        new MavenProjectsRequest(root, FixtureRepository.poms(root), options));
  }

  @Test
  void offlineMakesNoRequestAndReportsWhatTheLocalRepositoryLacks() throws IOException {
    Detection d = resolve(FixtureRepository.options(temp, remote(), true));

    assertThat(connections).hasValue(0);
    assertThat(d.problems()).singleElement().satisfies(p -> {
      assertThat(p.subject()).isEqualTo("org.fixture:lib-a:1.0");
      assertThat(p.location()).isEqualTo(Location.of("pom.xml", 9));
      assertThat(p.message()).contains("offline");
    });
  }

  @Test
  void onlineTheSameScanConnectsAndReportsTheUnreachableRepository() throws IOException {
    // also guards the test above: the counting socket does see a resolver that goes online
    Detection d = resolve(FixtureRepository.options(temp, remote(), false));

    assertThat(connections.get()).isPositive();
    assertThat(d.problems()).singleElement().satisfies(p -> {
      assertThat(p.subject()).isEqualTo("org.fixture:lib-a:1.0");
      assertThat(p.location()).isEqualTo(Location.of("pom.xml", 9));
      assertThat(p.message()).contains("127.0.0.1:" + server.getLocalPort());
    });
  }

  @Test
  void offlineResolvesFromWhatTheLocalRepositoryHolds() throws IOException {
    Detection online = resolve(FixtureRepository.options(temp));

    Detection offline = resolve(FixtureRepository.options(temp, remote(), true));

    assertThat(connections).hasValue(0);
    assertThat(offline.problems()).isEmpty();
    assertThat(offline.components()).isEqualTo(online.components()).hasSize(2);
  }
}

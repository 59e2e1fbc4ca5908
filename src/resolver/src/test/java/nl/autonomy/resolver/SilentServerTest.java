package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.source.GitCloner;
import nl.autonomy.core.source.SourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that accepts every connection and never sends a byte: each place Autonomy goes online
 * must give up after its timeout (set to 2 s here) and say so, not hang. The test timeout turns a
 * regression into a failure instead of a stuck build.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SilentServerTest {

  @TempDir
  Path temp;

  private ServerSocket server;
  private final List<Socket> held = new ArrayList<>();
  private Thread acceptor;

  @BeforeEach
  void listen() throws IOException {
    System.setProperty("autonomy.connectTimeout", "2");
    System.setProperty("autonomy.readTimeout", "2");
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          synchronized (held) {
            held.add(s); // kept open, never answered
          }
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
    System.clearProperty("autonomy.connectTimeout");
    System.clearProperty("autonomy.readTimeout");
    server.close();
    synchronized (held) {
      for (Socket s : held) {
        s.close();
      }
    }
    acceptor.join(5000);
  }

  @Test
  void aMavenRepositoryThatNeverAnswersFailsTheRequestNotTheScan() throws IOException {
    Path root = FixtureRepository.resources().resolve("projects/offline");
    long start = System.nanoTime();

    Detection d = new ResolverMavenGraphProvider().resolveProjects(new MavenProjectsRequest(root,
        FixtureRepository.poms(root), FixtureRepository.options(temp, "http://127.0.0.1:" + server.getLocalPort() + "/m2", false)));

    assertThat(held).isNotEmpty();
    assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p.subject()).isEqualTo("org.fixture:lib-a:1.0"));
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(60);
  }

  @Test
  void aGitServerThatNeverAnswersFailsTheClone() {
    long start = System.nanoTime();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GitCloner.cloneInto(
            "http://127.0.0.1:" + server.getLocalPort() + "/repo.git", temp.resolve("clone")))
        .isInstanceOf(SourceException.class).hasMessageContaining("cannot clone");

    assertThat(held).isNotEmpty();
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(60);
  }
}

package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.autonomy.core.ScanOptions;
import org.eclipse.aether.repository.RemoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.xml as mvn reads it: local repository, offline, mirrors, proxies, credentials. */
class SettingsLoaderTest {

  private static final Path CITY = FixtureRepository.resources().resolve("settings/city-settings.xml");

  private static RemoteRepository repository(String id, String url) {
    return new RemoteRepository.Builder(id, "default", url).build();
  }

  @Test
  void readsTheCitysSettings() {
    SettingsLoader.MavenSettings s = SettingsLoader.load(ScanOptions.defaults().withSettingsFile(CITY));

    assertThat(s.problems()).isEmpty();
    assertThat(s.localRepository()).isEqualTo(Path.of("/var/cache/maven/repository"));
    assertThat(s.offline()).isTrue();
    assertThat(s.mirrors().getMirror(repository("central", Repositories.CENTRAL_URL)).getUrl())
        .isEqualTo("https://nexus.gemeente.example/repository/maven-public/");
    assertThat(s.mirrors().getMirror(repository("internal", "https://repo.gemeente.example/internal"))).isNull();
    assertThat(s.proxies().getProxy(repository("central", Repositories.CENTRAL_URL)).getHost())
        .isEqualTo("proxy.gemeente.example");
    assertThat(s.proxies().getProxy(repository("internal", "https://repo.gemeente.example/internal"))).isNull();
    assertThat(s.authentication().getAuthentication(repository("internal", "https://repo.gemeente.example/internal")))
        .isNotNull();
    assertThat(s.authentication().getAuthentication(repository("central", Repositories.CENTRAL_URL))).isNull();
  }

  @Test
  void scanOptionsOverrideTheLocalRepository(@TempDir Path temp) {
    SettingsLoader.MavenSettings s = SettingsLoader.load(
        ScanOptions.defaults().withSettingsFile(CITY).withLocalRepository(temp));

    assertThat(s.localRepository()).isEqualTo(temp);
  }

  @Test
  void aBrokenSettingsFileIsAProblemWithItsLine(@TempDir Path temp) throws Exception {
    Path broken = temp.resolve("settings.xml");
    Files.writeString(broken, "<settings>\n  <mirrors>\n    <mirror>\n  </mirrors>\n</settings>\n");

    SettingsLoader.MavenSettings s = SettingsLoader.load(ScanOptions.defaults().withSettingsFile(broken));

    assertThat(s.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().file()).endsWith("settings.xml");
      assertThat(p.location().line()).isEqualTo(4);
    });
    assertThat(s.offline()).isFalse();
  }
}

package nl.autonomy.resolver;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.autonomy.core.ScanOptions;

/**
 * The hand-written repository under {@code src/test/resources/fixture-repo} (POMs only), made the
 * only remote through a settings.xml mirror of {@code central}, the way a city's build would point
 * at its own repository manager. Each test gets an empty local repository.
 */
final class FixtureRepository {

  private FixtureRepository() {
  }

  static Path resources() {
    try {
      return Path.of(FixtureRepository.class.getResource("/fixture-repo").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Scan options resolving against the fixture repository with a fresh local repository. */
  static ScanOptions options(Path temp) throws IOException {
    return options(temp, resources().resolve("fixture-repo").toUri().toString(), false);
  }

  static ScanOptions options(Path temp, String mirrorUrl, boolean offline) throws IOException {
    Files.createDirectories(temp);
    Path settings = temp.resolve("settings.xml");
    Files.writeString(settings, """
        <settings>
          <mirrors>
            <mirror>
              <id>fixture</id>
              <mirrorOf>central</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(mirrorUrl));
    return ScanOptions.defaults()
        .withSettingsFile(settings)
        .withLocalRepository(temp.resolve("local-repo"))
        .withOffline(offline);
  }

  /** The pom.xml files under a folder, relative to it, as the file walk hands them over. */
  static List<String> poms(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}

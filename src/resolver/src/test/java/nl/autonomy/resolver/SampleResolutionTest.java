package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.model.Component;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The samples resolve to exactly what Maven resolves for them (needs Maven Central or a primed
 * ~/.m2). The golden files are the sorted union of Maven's {@code dependency:list} over the
 * reactor's modules, regenerated with (Maven 3.8+, from the repository root):
 *
 * <pre>
 * cd samples/NAME &amp;&amp; rm -f /tmp/list.txt &amp;&amp; \
 *   mvn -B -q test-compile dependency:list -DoutputFile=/tmp/list.txt -DappendOutput=true &amp;&amp; \
 *   grep '^   ' /tmp/list.txt | sed -E 's/^ +//; s/ -- .+$//' | sort -u &gt; maven-dependency-list.txt &amp;&amp; \
 *   find . -name target -type d -prune -exec rm -rf {} +
 * </pre>
 *
 * ({@code test-compile} because Maven 3 resolves reactor siblings only once they are compiled.)
 * Where modules give one artifact different scopes, the widest counts (compile, runtime, provided,
 * system, test), as Autonomy merges them.
 */
class SampleResolutionTest {

  private static final Path SAMPLES = Path.of("../../samples").toAbsolutePath().normalize();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"parkeren-azure", "vergunningen-open"})
  void componentSetEqualsWhatMavenResolves(String sample) throws Exception {
    Path root = SAMPLES.resolve(sample);
    // the module commented out of <modules> is its own build: Maven's reactor list leaves it out
    List<String> reactorPoms = poms(root).stream().filter(p -> !p.startsWith("parkeren-rapportage/")).toList();

    Detection detection = new ResolverMavenGraphProvider().resolveProjects(
        new MavenProjectsRequest(root, reactorPoms, ScanOptions.defaults()));

    assertThat(detection.problems()).isEmpty();
    Set<String> own = Stream.concat(detection.projects().stream(), detection.components().stream())
        .filter(c -> detection.projects().contains(c) || c.role() == nl.autonomy.core.model.ComponentRole.MODULE)
        .map(Component::coordinates).collect(Collectors.toSet());
    assertThat(MavenListFormat.of(detection))
        .containsExactlyElementsOf(MavenListFormat.golden(root.resolve("maven-dependency-list.txt"), own));
  }

  static List<String> poms(Path root) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .filter(p -> !p.toString().contains("/target/"))
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}

package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maven's resolution rules, one folder per rule under {@code src/test/resources/cases}: a project
 * ({@code project/}), the components Maven resolves for it ({@code expected.txt}) and, where
 * something cannot be resolved, the problems with file and line ({@code expected-problems.txt}).
 * All against the POM-only fixture repository, never the network.
 *
 * <p>Line format: {@code project g:a:v}, {@code module g:a:v}, or
 * {@code g:a:v [classifier=c] [type=t] scope direct|transitive [optional] [premanaged=v]
 * [managedBy=g:a:v] [relocatedFrom=g:a:v] [incomplete]}; problems: {@code file:line subject}.
 */
class ResolutionCaseTest {

  @TempDir
  static Path temp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(FixtureRepository.resources().resolve("cases"))) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolvesAsMavenDoes(String name) throws IOException {
    Path dir = FixtureRepository.resources().resolve("cases").resolve(name);
    Path root = dir.resolve("project");

    Detection detection = new ResolverMavenGraphProvider().resolveProjects(new MavenProjectsRequest(
        root, FixtureRepository.poms(root), FixtureRepository.options(temp.resolve(name))));

    assertThat(describe(detection)).as("components of %s", name)
        .containsExactlyElementsOf(read(dir.resolve("expected.txt")));
    assertThat(detection.problems().stream().map(ResolutionCaseTest::describe).sorted().toList())
        .as("problems of %s: %s", name, detection.problems())
        .containsExactlyElementsOf(read(dir.resolve("expected-problems.txt")));
  }

  static List<String> describe(Detection d) {
    List<String> lines = new ArrayList<>();
    d.projects().forEach(p -> lines.add("project " + p.coordinates() + ":" + p.version()));
    for (Component c : d.components()) {
      if (c.role() == nl.autonomy.core.model.ComponentRole.MODULE) {
        lines.add("module " + c.coordinates() + ":" + c.version());
      } else {
        lines.add(describe(c));
      }
    }
    return lines.stream().sorted().toList();
  }

  static String describe(Component c) {
    StringBuilder s = new StringBuilder(c.coordinates() + ":" + c.version());
    var q = Purls.parse(c.purl()).getQualifiers();
    if (q != null) {
      q.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    }
    s.append(' ').append(c.properties().get(GraphMapper.MAVEN_SCOPE));
    s.append(c.direct() ? " direct" : " transitive");
    if (c.optional()) {
      s.append(" optional");
    }
    append(s, "premanaged", c.properties().get(nl.autonomy.core.detect.maven.MavenGraphMapper.PREMANAGED_VERSION));
    append(s, "managedBy", c.properties().get(nl.autonomy.core.detect.maven.MavenGraphMapper.MANAGED_BY));
    append(s, "relocatedFrom", c.properties().get(nl.autonomy.core.detect.maven.MavenGraphMapper.RELOCATED_FROM));
    if ("true".equals(c.properties().get(GraphMapper.INCOMPLETE))) {
      s.append(" incomplete");
    }
    return s.toString();
  }

  private static void append(StringBuilder s, String key, String value) {
    if (value != null) {
      s.append(' ').append(key).append('=').append(value);
    }
  }

  static String describe(Problem p) {
    return (p.location() == null ? "-" : p.location().toString()) + " " + (p.subject() == null ? "-" : p.subject());
  }

  private static List<String> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .sorted().toList();
  }
}

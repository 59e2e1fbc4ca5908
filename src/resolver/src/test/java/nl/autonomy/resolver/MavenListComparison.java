package nl.autonomy.resolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.model.Component;

/**
 * Compares a scan with Maven's own {@code dependency:list} by hand (not a test), for reactors too
 * large to keep as golden files: {@code MavenListComparison FOLDER MAVEN-LIST}, where MAVEN-LIST is
 * the sorted union of the reactor's {@code dependency:list} lines (see {@link SampleResolutionTest}).
 * Further arguments name folders to leave out (modules Maven could not list).
 */
public final class MavenListComparison {

  private MavenListComparison() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    List<String> poms;
    try (Stream<Path> files = Files.walk(root)) {
      poms = files.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.contains("/target/"))
          .filter(p -> java.util.Arrays.stream(args).skip(2).noneMatch(p::startsWith)).sorted().toList();
    }
    long start = System.nanoTime();
    Detection d = new ResolverMavenGraphProvider().resolveProjects(new MavenProjectsRequest(root, poms, ScanOptions.defaults()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    Set<String> own = Stream.concat(d.projects().stream(), d.components().stream()
            .filter(c -> c.role() == nl.autonomy.core.model.ComponentRole.MODULE))
        .map(Component::coordinates).collect(Collectors.toSet());
    Set<String> ours = new TreeSet<>(MavenListFormat.of(d));
    Set<String> maven = new TreeSet<>(MavenListFormat.golden(Path.of(args[1]), own));
    List<String> onlyOurs = new ArrayList<>(ours);
    onlyOurs.removeAll(maven);
    List<String> onlyMaven = new ArrayList<>(maven);
    onlyMaven.removeAll(ours);
    System.out.printf("%d projects/modules, %d components (Maven: %d), %d problems, %d ms%n",
        own.size(), ours.size(), maven.size(), d.problems().size(), millis);
    onlyOurs.forEach(l -> System.out.println("  only Autonomy: " + l));
    onlyMaven.forEach(l -> System.out.println("  only Maven:    " + l));
    d.problems().stream().limit(15).forEach(p -> System.out.println("  problem: " + p));
  }
}

package nl.autonomy.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.maven.MavenDetector;
import nl.autonomy.core.detect.maven.MavenGraphProvider;
import nl.autonomy.core.detect.maven.MavenProjectsRequest;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.model.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Same input, same bytes: for every format, whatever order the collectors hand things over in. */
class DeterminismTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "shuffle seed {0}")
  @ValueSource(longs = {1, 7, 42, 2026})
  void aResultBuiltInAnotherOrderIsWrittenAsTheSameBytes(long seed) throws IOException {
    List<Path> ordered = writeAll(SampleResults.springBootOnAzure(), dir.resolve("ordered"));
    List<Path> shuffled = writeAll(SampleResults.springBootOnAzureShuffled(seed), dir.resolve("shuffled"));

    assertSameBytes(ordered, shuffled);
  }

  @Test
  void twoScansOfTheSameTreeWithAFixedTimestampWriteTheSameBytes() throws IOException {
    Path tree = dir.resolve("parkeren");
    Files.createDirectories(tree.resolve("parkeren-api"));
    Files.writeString(tree.resolve("pom.xml"), "<project><artifactId>parkeren-app</artifactId></project>\n");
    Files.writeString(tree.resolve("parkeren-api/pom.xml"), "<project><artifactId>parkeren-api</artifactId></project>\n");
    ScanOptions options = ScanOptions.defaults().withOffline(true).withTimestamp(SampleResults.TIME);
    Scanner scanner = new Scanner(List.of(new MavenDetector()));

    ScanResult first = scanner.scan(request(tree, options, new CannedResolver(false)));
    ScanResult second = scanner.scan(request(tree, options, new CannedResolver(true)));

    assertThat(first.inventory().components()).hasSize(12);
    assertSameBytes(writeAll(first, dir.resolve("first")), writeAll(second, dir.resolve("second")));
  }

  @Test
  void theBytesDoNotDependOnTheMachinesTimeZoneOrLocale() throws IOException {
    List<Path> here = writeAll(SampleResults.withProblems(), dir.resolve("here"));
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    java.util.Locale locale = java.util.Locale.getDefault();
    List<Path> there;
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Chatham"));
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th-TH-u-nu-thai"));
      there = writeAll(SampleResults.withProblems(), dir.resolve("there"));
    } finally {
      java.util.TimeZone.setDefault(zone);
      java.util.Locale.setDefault(locale);
    }
    assertSameBytes(here, there);
  }

  private static ScanRequest request(Path tree, ScanOptions options, MavenGraphProvider maven) {
    return new ScanRequest(tree, "parkeren", SourceKind.FOLDER, options, null, Optional.of(maven), ProgressListener.NONE);
  }

  private static List<Path> writeAll(ScanResult result, Path out) throws IOException {
    return new ReportOutput(ReportWriters.load().select(List.of("cyclonedx-json", "cyclonedx-xml", "json")),
        WriterOptions.defaults()).write(result, out);
  }

  private static void assertSameBytes(List<Path> a, List<Path> b) throws IOException {
    assertThat(a).hasSize(3).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).getFileName()).isEqualTo(b.get(i).getFileName());
      assertThat(Files.readAllBytes(b.get(i))).as("%s", b.get(i).getFileName()).isEqualTo(Files.readAllBytes(a.get(i)));
    }
  }

  /** Stands in for the Maven resolver: the sample's graph, in declaration or in reverse order. */
  private record CannedResolver(boolean reversed) implements MavenGraphProvider {

    @Override
    public Detection resolveProjects(MavenProjectsRequest request) {
      List<Component> components = new ArrayList<>(SampleResults.springBootOnAzure().inventory().components());
      List<DependencyEdge> edges = new ArrayList<>(SampleResults.springBootOnAzure().inventory().edges());
      if (reversed) {
        Collections.reverse(components);
        Collections.reverse(edges);
      }
      Detection.Builder b = Detection.builder().project(SampleResults.springBootOnAzure().inventory().project());
      components.forEach(b::component);
      edges.forEach(b::edge);
      return b.build();
    }

    @Override
    public Detection resolveCoordinates(MavenCoordinatesRequest request) {
      return Detection.empty();
    }
  }
}

package nl.autonomy.core.detect.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Runs one detector over a fixture folder the way the scanner does (one walk, accepted files only)
 * and renders what it found as golden text: one line per project, component, edge and problem.
 * Run with {@code -Dgolden.update=true} to rewrite the golden files, then review the diff.
 */
public final class DetectorFixture {

  private DetectorFixture() {
  }

  public static Path resource(String path) {
    try {
      return Path.of(DetectorFixture.class.getResource("/" + path).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + path, e);
    }
  }

  /** The fixture folders (those holding an {@code expected.txt}) under a resource folder. */
  public static Stream<String> cases(String folder) throws IOException {
    try (Stream<Path> s = Files.list(resource(folder))) {
      return s.filter(p -> Files.exists(p.resolve("expected.txt")))
          .map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  public static Detection detect(Detector detector, Path root) {
    FileWalker.WalkResult walk = new FileWalker(ScanOptions.DEFAULT_MAX_FILE_SIZE).walk(root);
    List<WorkspaceFile> accepted = walk.files().stream().filter(detector::accepts).toList();
    return detector.detect(new DetectorContext(root, ScanOptions.defaults(), java.util.Optional.empty()), accepted);
  }

  /** Golden text with problems as severity and location only. */
  public static String render(Detection d) {
    return render(d, false);
  }

  /** Golden text; {@code withMessages} adds each problem's message, so its wording is guarded too. */
  public static String render(Detection d, boolean withMessages) {
    List<String> lines = new ArrayList<>();
    d.projects().stream().map(p -> "project " + p.ref()).distinct().sorted().forEach(lines::add);
    d.components().stream().map(DetectorFixture::line).distinct().sorted().forEach(lines::add);
    d.edges().stream().sorted().distinct().map(DetectorFixture::edge).forEach(lines::add);
    d.problems().stream().sorted().map(p -> problem(p, withMessages)).forEach(lines::add);
    return String.join("\n", lines) + "\n";
  }

  private static String line(Component c) {
    StringBuilder s = new StringBuilder(c.ref()).append(' ').append(c.scope().id())
        .append(c.direct() ? " direct" : " transitive");
    if (c.optional()) {
      s.append(" optional");
    }
    if (c.properties().containsKey(DeclaredOnly.INCOMPLETE)) {
      s.append(" declared-only(").append(c.properties().get(DeclaredOnly.DECLARED_RANGE)).append(')');
    }
    if (!c.declaredLicenses().isEmpty()) {
      s.append(" license=").append(c.declaredLicenses().get(0).spdxExpression() != null
          ? c.declaredLicenses().get(0).spdxExpression() : c.declaredLicenses().get(0).name());
    }
    c.evidence().stream().findFirst().ifPresent(e -> s.append(" @").append(e.location()));
    return s.toString();
  }

  private static String edge(DependencyEdge e) {
    return "edge " + e.from() + " -> " + e.to();
  }

  private static String problem(Problem p, boolean withMessage) {
    return "problem " + p.severity().id() + " " + p.location() + (withMessage ? " " + p.message() : "");
  }

  /** Compares with the golden file, or rewrites it when {@code golden.update} is set. */
  public static String golden(Path folder, String actual) throws IOException {
    Path expected = folder.resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources/eco").resolve(resourceRoot().relativize(expected).toString());
      Files.writeString(source, actual, StandardCharsets.UTF_8);
      return actual;
    }
    return Files.readString(expected, StandardCharsets.UTF_8);
  }

  private static Path resourceRoot() {
    return resource("eco");
  }
}

package nl.autonomy.core.detect.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.detect.support.ComponentMerger;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.ArchiveBounds;
import nl.autonomy.core.source.ArchiveFormat;
import nl.autonomy.core.source.PathRoles;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * What a delivery contains: every Java archive in the tree (a committed jar, the libraries of an
 * unpacked WAR or Boot jar) and inside every archive in the tree (a WAR, an EAR, a Spring Boot jar's
 * {@code BOOT-INF/lib}, a ZIP or tar.gz of a delivery folder), read in place, each exactly once, with
 * the hashes of its delivered bytes and its checksum compared with the published one. The root
 * {@code META-INF/maven/.../pom.properties} of an unpacked archive names the delivery itself.
 */
public final class JarDetector implements Detector {

  public static final String ID = "archive";

  private final ArchiveBounds bounds;
  private final URI central;

  public JarDetector() {
    this(ArchiveBounds.defaults(), null);
  }

  /**
   * With other bounds, and Central at {@code central} with its search at {@code /solrsearch/select}
   * of the same host (null: Central, or {@code autonomy.central.url} and {@code autonomy.central.search.url}).
   */
  JarDetector(ArchiveBounds bounds, URI central) {
    this.bounds = bounds;
    this.central = central;
  }

  @Override
  public String id() {
    return ID;
  }

  /** {@code docker save}'s layer tars: read by the image detector, as layers, not as deliveries. */
  private static final java.util.regex.Pattern IMAGE_LAYER =
      java.util.regex.Pattern.compile("(?:.*/)?[0-9a-f]{64}/layer\\.tar");

  @Override
  public boolean accepts(WorkspaceFile file) {
    return ArchiveFormat.of(file.fileName()).isPresent() && !IMAGE_LAYER.matcher(file.path()).matches()
        || PomProperties.isEntry(file.path());
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Detection.Builder out = Detection.builder();
    List<Problem> problems = new ArrayList<>();
    List<EmbeddedJar> jars = new ArrayList<>();
    List<WorkspaceFile> rootPoms = new ArrayList<>();
    for (WorkspaceFile file : files) {
      if (PomProperties.isEntry(file.path())) {
        rootPoms.add(file);
        continue;
      }
      try {
        ArchiveReader.Result read = ArchiveReader.read(file.absolute(), file.path(), scopeOf(file), bounds);
        jars.addAll(read.jars());
        problems.addAll(read.problems());
      } catch (IOException | RuntimeException e) {
        // what the archive holds is missing from the result: an error, so the SBOM says incomplete
        problems.add(Problem.error(ID, Location.of(file.path()), "cannot read the archive: " + reason(e, file)
            + "; its components are missing from the result"));
      }
    }
    Optional<CentralChecksums> online = context.options().offline() ? Optional.empty()
        : Optional.of(central == null ? CentralChecksums.fromSystemProperties()
            : new CentralChecksums(central, central.resolve("/solrsearch/select")));
    JarIdentifier identifier = new JarIdentifier(
        new LocalRepositoryChecksums(LocalRepositoryChecksums.of(context.options().localRepository())), online);
    List<Component> components = new ArrayList<>();
    Map<String, List<JarIdentity>> byRef = new LinkedHashMap<>();
    for (JarIdentity id : identifier.identify(jars, problems)) {
      List<Component> found = JarComponents.of(id);
      components.addAll(found);
      byRef.computeIfAbsent(found.get(0).ref(), k -> new ArrayList<>()).add(id);
    }
    problems.addAll(JarComponents.differingCopies(byRef));
    new DeliveryIdentity(context.root()).read(rootPoms, out, problems);
    // the same artifact in two places (an EAR's lib and its WAR's) is one component with two sightings
    ComponentMerger.merge(components).forEach(out::component);
    problems.forEach(out::problem);
    return out.build();
  }

  /**
   * Why the archive could not be read, in the scanned tree's terms. Commons Compress wraps the
   * cause in "Error reading Zip content from /absolute/path": the absolute path would make the
   * output depend on where the tree lay (and leak a home folder into a report), and the cause is
   * the part that says what is wrong.
   */
  static String reason(Exception e, WorkspaceFile file) {
    String message = String.valueOf(e.getMessage()).replace(file.absolute().toString(), file.path());
    Throwable cause = e.getCause();
    if (cause != null && (cause.getMessage() == null || !message.contains(cause.getMessage()))) {
      // an EOFException carries no message: its kind is the reason ("the file ends too soon")
      message += ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
          : cause.getMessage().replace(file.absolute().toString(), file.path()));
    }
    return message;
  }

  /** What ships: a wrapper jar only runs the build; a fixture jar only the tests. */
  private static Scope scopeOf(WorkspaceFile file) {
    boolean wrapper = file.path().contains("gradle/wrapper/") || file.path().contains(".mvn/wrapper/");
    return wrapper ? Scope.BUILD : PathRoles.scopeOf(file.path());
  }

  /** Reads a small file of the tree, or null when it is larger than {@code max}. */
  static byte[] readSmall(Path file, int max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(max + 1);
      return b.length > max ? null : b;
    }
  }
}

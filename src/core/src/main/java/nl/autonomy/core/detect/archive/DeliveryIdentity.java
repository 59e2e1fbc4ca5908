package nl.autonomy.core.detect.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * The identity of an unpacked archive (a delivered WAR, Boot jar or shaded jar scanned as the
 * input): the {@code pom.properties} at the root of the tree names the delivery itself, so it is the
 * SBOM's subject; the other root pom.properties of a shaded jar are artifacts merged into it. Its
 * {@code pom.xml} next to it is provenance only: the build's test and provided dependencies are not
 * in the delivery, so that pom is not resolved.
 */
final class DeliveryIdentity {

  private final Path root;

  DeliveryIdentity(Path root) {
    this.root = root;
  }

  void read(List<WorkspaceFile> rootPoms, Detection.Builder out, List<Problem> problems) {
    if (rootPoms.isEmpty()) {
      return;
    }
    List<PomProperties> poms = new ArrayList<>();
    for (WorkspaceFile f : rootPoms) {
      try {
        byte[] b = JarDetector.readSmall(f.absolute(), PomProperties.MAX_BYTES);
        if (b != null) {
          PomProperties.parse(b, f.path()).ifPresent(poms::add);
        }
      } catch (IOException | RuntimeException e) {
        problems.add(Problem.warning(JarDetector.ID, Location.of(f.path()), "cannot read: " + e.getMessage()));
      }
    }
    if (poms.isEmpty()) {
      return;
    }
    ManifestFacts manifest = ManifestFacts.NONE;
    Path mf = root.resolve(ManifestFacts.ENTRY);
    try {
      byte[] b = Files.isRegularFile(mf) ? JarDetector.readSmall(mf, ManifestFacts.MAX_BYTES) : null;
      manifest = b == null ? ManifestFacts.NONE : ManifestFacts.parse(b);
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.warning(JarDetector.ID, Location.of(ManifestFacts.ENTRY), "cannot read: " + e.getMessage()));
    }
    EmbeddedJar self = new EmbeddedJar(".", ".", "", Map.of(), poms, manifest, Scope.RUNTIME, true, List.of());
    PomProperties primary = JarIdentifier.primary(self);
    for (PomProperties p : poms) {
      Component.Builder c = JarComponents.maven(p.groupId(), p.artifactId(), p.version()).direct(true)
          .property(JarComponents.PROPERTY_IDENTIFIED_BY, JarIdentity.BY_POM_PROPERTIES)
          .evidence(new Evidence(JarDetector.ID, EvidenceKind.ARCHIVE, Location.of(p.entry()), p.entry(), 1.0,
              Scope.RUNTIME));
      if (p == primary) {
        out.project(c.build());
      } else {
        out.component(c.scope(Scope.RUNTIME).property(JarComponents.PROPERTY_SHADED_IN, ".").build());
      }
    }
  }
}

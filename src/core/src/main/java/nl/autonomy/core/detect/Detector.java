package nl.autonomy.core.detect;

import java.util.List;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Finds components, dependency edges and service sightings in the files of a scanned tree.
 *
 * <p>Life cycle: detectors are found with {@link java.util.ServiceLoader} (listed in {@code
 * META-INF/services/nl.autonomy.core.detect.Detector}) and created once per scan with their public
 * no-argument constructor. The scanner walks the tree <em>once</em>; for every file it asks each
 * detector {@link #accepts(WorkspaceFile)} (cheap: judge the path, never read the file). After the
 * walk it calls {@link #detect(DetectorContext, List)} once with all the files the detector
 * accepted, in path order; a detector that accepted nothing is not called. Detectors may run on
 * different threads at the same time, so they hold no mutable state. A detector never walks the
 * tree itself, never executes anything it finds, and never lets an exception escape for bad
 * input: a file it cannot read becomes a {@link nl.autonomy.core.model.Problem} in its {@link
 * Detection} naming the file (and line), and the other files are still read.
 */
public interface Detector {

  /** A short stable id used in evidence and problems, e.g. {@code maven}, {@code npm}. */
  String id();

  /** Whether this detector wants to read the file; judged from the path alone. */
  boolean accepts(WorkspaceFile file);

  /**
   * Whether this detector also gets the accepted files that are larger than the scan's size bound
   * (it then reports each as not read, through {@link nl.autonomy.core.detect.support.SafeFiles}'s
   * bound). True for detectors of manifests and lockfiles: an oversized lockfile passed over in
   * silence would read as "there is no lockfile" while the SBOM claims to be complete.
   */
  default boolean wantsOversizedFiles() {
    return true;
  }

  /** Reads the accepted files and returns what it found. */
  Detection detect(DetectorContext context, List<WorkspaceFile> files);
}
